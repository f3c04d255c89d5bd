package io.complaints.handling.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;

import io.complaints.events.CaseTriaged;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineSet;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.OpenDeadline;
import io.complaints.events.PrioritySource;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.handling.deadline.DeadlinePolicy;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;

/**
 * A {@link Case} under test: the fixture, a clock that follows the fixture's time, plain deadlines
 * (each limit a fixed duration, so that the tests read as the rules do) and the events that bring a
 * case to a given point of its lifecycle.
 */
final class CaseFixture {

    static final String ID = "c-1";
    static final UnitRef BRANCH = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    static final UnitRef SUBSIDIARY = new UnitRef("SH", List.of("HQ", "SH"));
    static final UnitRef HQ = new UnitRef("HQ", List.of("HQ"));
    static final Instant RECEIVED = Instant.parse("2023-10-09T01:00:00Z");
    static final Actor SYSTEM = Actor.system("SH-PD");
    static final Actor COORDINATOR = new Actor("coord.li", "SH-PD", Role.COORDINATOR, "customer-service");
    static final Actor HANDLER = new Actor("handler.zhao", "SH-PD", Role.HANDLER, "metering");
    static final Actor APPROVER = new Actor("gm.chen", "SH", Role.APPROVER, "management");
    static final Actor CALLBACK_AGENT = new Actor("agent.sun", "SH-PD", Role.CALLBACK_AGENT, "quality");
    static final Actor SUPERVISOR = new Actor("hq.wu", "HQ", Role.HQ_SUPERVISOR, "complaints-office");
    static final String DEPARTMENT = "billing";

    /** Each limit a plain duration from when it starts. */
    static final Map<TimeLimit, Duration> LIMITS = Map.of(
            TimeLimit.TRIAGE, Duration.ofHours(8), TimeLimit.CONTACT, Duration.ofDays(1),
            TimeLimit.SETTLE, Duration.ofDays(3), TimeLimit.EXPLAIN_INVALID, Duration.ofDays(1),
            TimeLimit.HQ_FINDINGS, Duration.ofDays(2), TimeLimit.APPROVAL, Duration.ofDays(2),
            TimeLimit.CALLBACK, Duration.ofDays(2));
    static final DeadlinePolicy POLICY = (limit, unitPath, from) -> from.plus(LIMITS.get(limit));
    static final CauseCatalogue CAUSES = Set.of("METER-READING", "STAFF-CONDUCT")::contains;
    /** The departments of the case's unit, as the organisation's configuration lists them. */
    static final Departments DEPARTMENTS = (unit, code) -> java.util.stream.Stream.of("billing", "metering",
            "customer-service", "service", "quality").filter(known -> known.equalsIgnoreCase(code.strip())).findFirst();
    /** Wang Wei, the person complained about, reports to Zhou Min (manager.zhou). */
    static final Recusal RECUSAL = new Recusal(Map.of("Wang Wei", List.of("manager.zhou")));

    final AggregateTestFixture<Case> fixture = new AggregateTestFixture<>(Case.class);

    CaseFixture() {
        this(POLICY);
    }

    /** With this deadline policy instead of the plain durations. */
    CaseFixture(DeadlinePolicy policy) {
        this(policy, RECUSAL);
    }

    /** With these relations for recusal instead of {@link #RECUSAL}. */
    CaseFixture(Recusal recusal) {
        this(POLICY, recusal);
    }

    private CaseFixture(DeadlinePolicy policy, Recusal recusal) {
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(policy);
        fixture.registerInjectableResource(CAUSES);
        fixture.registerInjectableResource(recusal);
        fixture.registerInjectableResource(DEPARTMENTS);
    }

    static OpenCase open(int level, PrioritySource... sources) {
        return new OpenCase(ID, "SH-PD-202310090001", BRANCH, level, List.of(sources), DEPARTMENT, "Wang Wei",
                RECEIVED, SYSTEM);
    }

    static CaseOpened opened(int level, PrioritySource... sources) {
        return new CaseOpened(ID, "SH-PD-202310090001", BRANCH, level, List.of(sources), DEPARTMENT, "Wang Wei",
                RECEIVED, RECEIVED, SYSTEM);
    }

    static DeadlineSet set(TimeLimit limit, Instant from) {
        return new DeadlineSet(ID, due(limit, from));
    }

    static OpenDeadline due(TimeLimit limit, Instant from) {
        return new OpenDeadline(limit, from.plus(LIMITS.get(limit)));
    }

    /** Opened and triaged at {@link #RECEIVED}: investigating, contact and settling deadlines open. */
    static List<Object> investigating(int level) {
        List<Object> events = new ArrayList<>(List.of(opened(level), set(TimeLimit.TRIAGE, RECEIVED),
                new CaseTriaged(ID, level, DEPARTMENT, RECEIVED),
                new DeadlineMet(ID, due(TimeLimit.TRIAGE, RECEIVED), RECEIVED),
                set(TimeLimit.CONTACT, RECEIVED), set(TimeLimit.SETTLE, RECEIVED)));
        return events;
    }

    /** Investigating, with {@link #HANDLER} assigned: findings may be recorded. */
    static List<Object> assigned(int level) {
        List<Object> events = investigating(level);
        events.add(new HandlerAssigned(ID, HANDLER.id(), HANDLER.department(), null));
        return events;
    }

    /** Investigating, with a handler and findings: a remedy may be proposed. */
    static List<Object> withFindings(int level) {
        List<Object> events = assigned(level);
        events.add(new FindingsRecorded(ID, "meter misread", "METER-READING"));
        return events;
    }

    /** A clock that reads the fixture's current time, so that {@code whenTimeElapses} moves it too. */
    private static final class FixtureClock extends Clock {

        private final AggregateTestFixture<Case> fixture;

        FixtureClock(AggregateTestFixture<Case> fixture) {
            this.fixture = fixture;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }
}
