package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evaluate FILE}: the scorer measured against any labelled file, from the command line. */
class EvaluateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new EvaluateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args));
    }

    private static final String HEADER = "id,split,scenario,verified,text,empathy,active-listening,hipaa,"
            + "plain-language,ownership,professionalism,cultural-sensitivity,follow-up\n";

    @Test
    void prints_precision_and_recall_per_criterion_and_the_disagreements(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, HEADER
                + "a,mine,none,false,\"I'm so sorry, that sounds really frustrating.\",+,0,0,0,0,0,0,0\n"
                + "b,mine,none,false,Calm down.,-,0,0,0,0,-,0,0\n"
                + "c,mine,none,false,\"Thanks, I'll call you back by 4 today.\",0,0,0,0,0,0,0,+\n"
                + "d,other,none,false,Whatever.,0,0,0,0,0,0,0,0\n");

        assertThat(run(file.toString(), "--split", "mine", "--misses")).isZero();

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("(3 replies)").contains("empathy").contains("follow-up");
        assertThat(printed.lines().filter(l -> l.startsWith("empathy"))).singleElement().asString()
                .contains("1.00");
    }

    @Test
    void a_bad_label_names_its_row_and_exits_1(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, HEADER + "a,x,none,false,Hello.,yes,0,0,0,0,0,0,0\n");

        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("labels.csv:2: row 'a': empathy must be +, - or 0");
    }

    @Test
    void a_bad_label_after_a_text_over_several_lines_names_the_line_its_row_starts_on(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, HEADER + "a,x,none,false,\"Hello.\nHow can I help?\",0,0,0,0,0,0,0,0\n"
                + "b,x,none,false,Calm down.,-,0,0,0,0,?,0,0\n");

        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("labels.csv:4: row 'b': professionalism must be");
    }

    @Test
    void a_missing_criterion_column_is_named_with_the_columns_a_labelled_file_has(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("labels.csv");
        Files.writeString(file, "id,split,scenario,verified,text,empathy\na,x,none,false,Hello.,0\n");

        assertThat(run(file.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the header has no 'active-listening' column")
                .contains("one column per criterion: empathy, active-listening");
    }

    @Test
    void a_file_that_is_not_utf8_or_has_an_unclosed_quote_says_so_and_exits_1(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (HEADER + "a,x,none,false,Se\u00f1ora,0,0,0,0,0,0,0,0\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        Path unclosed = dir.resolve("unclosed.csv");
        Files.writeString(unclosed, HEADER + "a,x,none,false,\"Hello.,0,0,0,0,0,0,0,0\n");

        assertThat(run(latin1.toString())).isEqualTo(1);
        assertThat(run(unclosed.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("latin1.csv is not a readable CSV file: it is not UTF-8")
                .contains("unclosed.csv is not a readable CSV file: (startline 2)");
    }

    @Test
    void usage_errors_exit_2() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("a.csv", "b.csv")).isEqualTo(2);
        assertThat(run("no-such-file.csv")).isEqualTo(1);
    }
}
