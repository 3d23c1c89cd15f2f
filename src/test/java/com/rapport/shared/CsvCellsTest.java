package com.rapport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_gets_a_leading_quote() {
        assertThat(CsvCells.neutralised("=HYPERLINK(\"http://x\",\"Open\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"Open\")");
        assertThat(CsvCells.neutralised("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(CsvCells.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.neutralised("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.neutralised("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.neutralised("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void plain_text_numbers_and_lone_signs_are_left_as_they_are() {
        assertThat(CsvCells.neutralised("I'm so sorry = that's awful")).isEqualTo("I'm so sorry = that's awful");
        assertThat(CsvCells.neutralised("-12")).isEqualTo("-12");
        assertThat(CsvCells.neutralised("+")).isEqualTo("+");
        assertThat(CsvCells.neutralised("-")).isEqualTo("-");
        assertThat(CsvCells.neutralised(-5)).isEqualTo(-5);
        assertThat(CsvCells.neutralised("")).isEqualTo("");
        assertThat(CsvCells.neutralised(null)).isNull();
    }

    @Test
    void a_printed_record_has_every_cell_neutralised() throws Exception {
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            CsvCells.print(csv, 1, "=1+1", "fine", "@x");
        }

        assertThat(out.toString()).isEqualTo("1,'=1+1,fine,'@x\r\n");
    }
}
