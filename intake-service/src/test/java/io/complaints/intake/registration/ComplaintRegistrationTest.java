package io.complaints.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.intake.organisation.OrganisationUnit;
import io.complaints.platform.Actor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class ComplaintRegistrationTest {

    /** 2023-09-30T17:30Z is already 2023-10-01 in Shanghai. */
    private static final Instant LATE_EVENING_UTC = Instant.parse("2023-09-30T17:30:00Z");
    private static final OrganisationUnit PUDONG =
            new OrganisationUnit("SH-PD", "Pudong branch", List.of("HQ", "SH", "SH-PD"), ZoneId.of("Asia/Shanghai"));
    private static final Actor AGENT = new Actor("agent.li", "SH-PD");

    private final List<String> numbersAskedFor = new ArrayList<>();
    private AggregateTestFixture<Complaint> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        RegistrationNumbers numbers = (unit, date) -> {
            numbersAskedFor.add(unit + "@" + date);
            return RegistrationNumbers.format(unit, date, numbersAskedFor.size());
        };
        fixture.registerAnnotatedCommandHandler(new RegistrationCommandHandler(fixture.getRepository(), numbers,
                Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC), new SimpleMeterRegistry()));
    }

    @Test
    void registeringStoresTheComplaintUnderTheUnitsNumberOfItsLocalAcceptanceDate() {
        var complainant = new Complainant("张三", "13812345678");
        fixture.givenNoPriorActivity()
                .when(register(1, complainant))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new Registration("c-1", "SH-PD-202310010001", LATE_EVENING_UTC))
                .expectEvents(new ComplaintRegistered("c-1", "SH-PD-202310010001", "SH-PD", List.of("HQ", "SH", "SH-PD"),
                        Channel.HOTLINE, Category.BILLING, 1, "Billed twice", "ref-1", complainant, LATE_EVENING_UTC,
                        AGENT));
        assertThat(numbersAskedFor).containsExactly("SH-PD@" + LocalDate.of(2023, 10, 1));
    }

    @Test
    void aLevelOutsideOneToFourIsRefusedAndNothingIsStored() {
        fixture.givenNoPriorActivity()
                .when(register(5, new Complainant("Li Si", "13900001111")))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void registrationNumbersArePaddedToFourDigitsAndGrowBeyond() {
        assertThat(RegistrationNumbers.format("BJ-CY", LocalDate.of(2023, 10, 1), 2)).isEqualTo("BJ-CY-202310010002");
        assertThat(RegistrationNumbers.format("HQ", LocalDate.of(2024, 1, 9), 12345)).isEqualTo("HQ-2024010912345");
    }

    private static RegisterComplaint register(int level, Complainant complainant) {
        return new RegisterComplaint("c-1", PUDONG, Channel.HOTLINE, Category.BILLING, level, "Billed twice", "ref-1",
                complainant, AGENT);
    }
}
