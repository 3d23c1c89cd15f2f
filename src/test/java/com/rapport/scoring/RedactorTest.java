package com.rapport.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.rapport.scenario.ScenarioCatalog;

class RedactorTest {

    static final Year YEAR = Year.of(2026);
    static final Redactor GENERIC = Redactor.of(null, YEAR);

    @ParameterizedTest(name = "{0} becomes {1}")
    @CsvSource(delimiter = '|', textBlock = """
            You can reach me on (617) 555-2368 any time.       | You can reach me on [PHONE] any time.
            Call me at 617-555-2368.                           | Call me at [PHONE].
            Call me at 617.555.2368.                           | Call me at [PHONE].
            Call me at 617 555 2368.                           | Call me at [PHONE].
            Call me at +1 617 555 2368.                        | Call me at [PHONE].
            Call me at 6175552368.                             | Call me at [PHONE].
            Her mobile is +44 7700 900123.                     | Her mobile is [PHONE].
            The ward's number is 555-2368.                     | The ward's number is [PHONE].
            His SSN is 123-45-6789, right?                     | His SSN is [SSN], right?
            His social security number is 123456789.           | His social security number is [SSN].
            I have 123 45 6789 on file.                        | I have [SSN] on file.
            Email me at jane.doe@gmail.com today.              | Email me at [EMAIL] today.
            Write to J.Smith+bills@st-marys-hospital.org.      | Write to [EMAIL].
            Her MRN is 00482913.                               | Her MRN is [MRN].
            Medical record number: 4471-2290-11.               | Medical record number: [MRN].
            Your account number is 778812345.                  | Your account number is [ACCOUNT].
            Member ID XJH123456789 is on the card.             | Member ID [ACCOUNT] is on the card.
            Policy # 99201884 is active.                       | Policy # [ACCOUNT] is active.
            The card was 4111 1111 1111 1111.                  | The card was [CARD].
            The card was 4111-1111-1111-1111.                  | The card was [CARD].
            Amex 378282246310005 was charged.                  | Amex [CARD] was charged.
            He was born on 4/12/1958.                          | He was born on [DOB].
            DOB 04-12-58 matches.                              | DOB [DOB] matches.
            Her date of birth is March 3rd.                    | Her date of birth is [DOB].
            Her date of birth is 3 March 1971.                 | Her date of birth is [DOB].
            She came in on 1988-07-21 for the scan.            | She came in on [DOB] for the scan.
            That was on December 12, 2019.                     | That was on [DOB].
            He lives at 12 Oak Street with his wife.           | He lives at [ADDRESS] with his wife.
            Send it to 1600 Pennsylvania Ave.                  | Send it to [ADDRESS].
            Send it to 77 north maple road please.             | Send it to [ADDRESS] please.
            It's 9 Juniper Court.                              | It's [ADDRESS].
            """)
    void real_looking_identifiers_are_replaced_by_their_tag(String typed, String stored) {
        assertThat(GENERIC.redact(typed).text()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "I'll call you back by Friday at 5pm with an answer.",
            "I can book you on March 3rd at 10:30.",
            "I'll call you Thursday by 3 p.m., and by Friday, May 16, with what she's doing about it.",
            "Your appointment is on 5/9 at 1540, and I'll confirm it on 3/14/2026.",
            "The follow-up is booked for June 3, 2027 at 3:20 p.m.",
            "The balance is $1,240.50 and the adjustment was $186.40.",
            "Your case number is PR-20417, extension 2207.",
            "I'm sorry, I know you've waited 6 hours and called 3 times.",
            "It costs 1,186 dollars, and 30 days is the hold.",
            "There's 1 other way we can do this.",
            "It's about 3 blocks down the road.",
            "Dr. Okafor has 2 Dr appointments free.",
            "My direct line is 555-0143, extension 2207.",
            "Email me at billing@example.com or jane@hospital.test.",
            "I've had this account since 2019 and paid 4,200 dollars.",
            "The card number 4111 1111 1111 1112 fails its check.",
            "Can I have your date of birth? I'll book May 9 for you.",
            "From 2019-2020 the policy covered it.",
    })
    void replies_without_personal_data_are_kept_as_typed(String typed) {
        var result = GENERIC.redact(typed);

        assertThat(result.text()).isEqualTo(typed);
        assertThat(result.changed()).isFalse();
    }

    @Test
    void the_scenarios_own_made_up_facts_stay() {
        var scenario = ScenarioCatalog.load(Path.of("scenarios"), "appointment-change-frustrated").orElseThrow();
        var redactor = Redactor.of(scenario, YEAR);
        String reply = "Thank you, Mr. Whitfield: born June 2, 1966, at 48 Ferry Road. That's 6/2/1966, so I have the "
                + "right record. My line is 555-0143.";

        assertThat(redactor.redact(reply).text()).isEqualTo(reply);
        assertThat(GENERIC.redact(reply).text()).isEqualTo("Thank you, Mr. Whitfield: born [DOB], at [ADDRESS]. "
                + "That's [DOB], so I have the right record. My line is 555-0143.");
    }

    @Test
    void a_real_fact_beside_the_scenarios_own_is_still_replaced() {
        var scenario = ScenarioCatalog.load(Path.of("scenarios"), "appointment-change-frustrated").orElseThrow();

        var result = Redactor.of(scenario, YEAR).redact("Born June 2, 1966, and your other number is 617-555-2368?");

        assertThat(result.text()).isEqualTo("Born June 2, 1966, and your other number is [PHONE]?");
        assertThat(result.kinds()).containsExactly(Redactor.Kind.PHONE);
    }

    @Test
    void the_result_names_what_was_replaced_in_order_but_never_the_values() {
        var result = GENERIC.redact("SSN 123-45-6789, phone 617-555-2368, email a.b@mail.com");

        assertThat(result.kinds()).containsExactly(Redactor.Kind.SSN, Redactor.Kind.PHONE, Redactor.Kind.EMAIL);
        assertThat(result.toString()).doesNotContain("6789", "2368", "a.b@");
    }

    @Test
    void a_date_is_a_date_of_birth_by_its_year_counted_from_the_year_it_is_now() {
        String reply = "That was on March 3, 2026.";

        assertThat(Redactor.of(null, Year.of(2026)).redact(reply).changed()).isFalse();
        assertThat(Redactor.of(null, Year.of(2027)).redact(reply).text()).isEqualTo("That was on [DOB].");
    }
}
