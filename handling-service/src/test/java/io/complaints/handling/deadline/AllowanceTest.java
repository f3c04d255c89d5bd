package io.complaints.handling.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllowanceTest {

    @Test
    void readsEachKindOfLimit() {
        assertThat(Allowance.valueOf("same-day")).isEqualTo(new Allowance.SameDay());
        assertThat(Allowance.valueOf("3 calendar-days")).isEqualTo(new Allowance.CalendarDays(3));
        assertThat(Allowance.valueOf("1 calendar-day")).isEqualTo(new Allowance.CalendarDays(1));
        assertThat(Allowance.valueOf("1 working-day")).isEqualTo(new Allowance.WorkingDays(1));
        assertThat(Allowance.valueOf("2 working-days")).isEqualTo(new Allowance.WorkingDays(2));
        assertThat(Allowance.valueOf("PT30M")).isEqualTo(new Allowance.Elapsed(Duration.ofMinutes(30)));
    }

    @Test
    void toleratesCaseAndSpacing() {
        assertThat(Allowance.valueOf("  2  Working-Days ")).isEqualTo(new Allowance.WorkingDays(2));
        assertThat(Allowance.valueOf("SAME-DAY")).isEqualTo(new Allowance.SameDay());
        assertThat(Allowance.valueOf("pt1h")).isEqualTo(new Allowance.Elapsed(Duration.ofHours(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-day", "1 calendar-day", "3 calendar-days", "1 working-day", "2 working-days",
            "PT30M", "PT2H"})
    void writesWhatItReads(String notation) {
        assertThat(Allowance.valueOf(notation)).hasToString(notation);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "3 weeks", "same day", "3 calendar days", "three working-days", "2 working-dayz",
            "P1X", "30 minutes", "99999999999 working-days"})
    void refusesWhatItDoesNotKnowAndSaysWhatItDoes(String notation) {
        assertThatIllegalArgumentException().isThrownBy(() -> Allowance.valueOf(notation))
                .withMessage("'" + notation + "' is not a time limit; write same-day, <n> calendar-days, "
                        + "<n> working-days or an ISO-8601 duration such as PT30M");
    }

    @Test
    void refusesNoNotationAtAll() {
        assertThatIllegalArgumentException().isThrownBy(() -> Allowance.valueOf(null))
                .withMessageStartingWith("'null' is not a time limit");
    }

    @Test
    void refusesALimitThatAllowsNoTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> Allowance.valueOf("0 working-days"))
                .withMessage("a time limit must be at least one day, not 0");
        assertThatIllegalArgumentException().isThrownBy(() -> Allowance.valueOf("PT0S"))
                .withMessage("a time limit must be longer than nothing, not PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> Allowance.valueOf("-PT30M"))
                .withMessageStartingWith("'-PT30M' is not a time limit");
        assertThatIllegalArgumentException().isThrownBy(() -> new Allowance.CalendarDays(-1))
                .withMessage("a time limit must be at least one day, not -1");
    }
}
