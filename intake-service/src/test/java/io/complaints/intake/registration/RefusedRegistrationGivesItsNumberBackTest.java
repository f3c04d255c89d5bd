package io.complaints.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.complaints.intake.support.IntakeHttp;
import io.complaints.intake.support.RunningIntake;

/**
 * ADR 0004: the registration number is taken in the registering transaction, so a registration the
 * complaint's rules refuse after its number was taken gives the number back; the next registration
 * of the unit takes it, and the day's numbers stay gap-free.
 */
class RefusedRegistrationGivesItsNumberBackTest extends RunningIntake {

    private static final String UNIT = "BJ-CY";

    @Test
    void theRegistrationAfterARefusedOneTakesTheNumberTheRefusedOneWouldHaveHad() {
        Registration before = http().register(UNIT, 3, "13911112222");

        // only a minor (level 4) complaint can be settled on the spot: the complaint refuses it after
        // the number was taken
        String settledAtLevelTwo = IntakeHttp.form(UNIT, 2, "13911113333", "BILLING")
                .replace("\"level\":2,", "\"level\":2,\"resolvedAtIntake\":{\"actionTaken\":\"refunded at the desk\"},");
        ResponseEntity<String> refused = http().post("/api/complaints", settledAtLevelTwo, null, UNIT, String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody()).contains("\"rule\":\"only-minor\"");

        Registration after = http().register(UNIT, 3, "13911114444");

        assertThat(after.registrationNumber()).isEqualTo(following(before.registrationNumber(), day(after)));
    }

    private static String day(Registration registration) {
        return registration.registrationNumber().substring(UNIT.length() + 1, UNIT.length() + 9);
    }

    /** The number after {@code number} on its day; the day's first should the day have turned in between. */
    private static String following(String number, String dayOfNext) {
        String day = number.substring(UNIT.length() + 1, UNIT.length() + 9);
        long sequence = day.equals(dayOfNext) ? Long.parseLong(number.substring(UNIT.length() + 9)) + 1 : 1;
        return UNIT + "-" + dayOfNext + String.format("%04d", sequence);
    }
}
