package io.complaints.handling.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.ReminderIssued;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.handling.HandlingApplication;
import io.complaints.handling.HandlingTestProperties;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.testsupport.Infrastructure;

/**
 * The case deadlines as they run in production: Axon's deadline manager on db-scheduler, its tasks in
 * the {@code scheduled_tasks} table of real PostgreSQL, polled by every running instance. Proves that
 * a deadline that fell due while no instance ran fires once after the restart; that with two
 * instances on one database each deadline is handled by exactly one of them, for one case and for
 * many at once; and that the schedule of a deadline met (never cancelled: see {@code CaseDeadlines}) fires
 * once, into nothing.
 * <p>
 * Each test starts whole instances of the service on a fresh database, with TRIAGE due a few seconds
 * after receipt and db-scheduler polling every half second. Cases are opened through the command
 * gateway, so the instances do not consume intake's topic.
 */
class DeadlinesOverRealPostgresTest {

    private static final Duration POLLING = Duration.ofMillis(500);
    private static final Duration STARTUP_AND_FIRING = Duration.ofSeconds(20);
    private static final UnitRef BRANCH = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef SUBSIDIARY = new UnitRef("SH", List.of("HQ", "SH"));
    private static final Actor COORDINATOR = new Actor("coord.li", "SH-PD", Role.COORDINATOR, "customer-service");
    /** The task under which Axon's deadline manager keeps every deadline in scheduled_tasks. */
    private static final String DEADLINE_TASK = "AxonDeadline";

    private final Infrastructure infrastructure = Infrastructure.shared();
    private final Serializer axonJson = JacksonSerializer.defaultSerializer();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    @AfterEach
    void stopInstances() {
        Collections.reverse(instances);
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void aDeadlineDueWhileNoInstanceRanFiresOnceAfterTheRestart() {
        String database = freshDatabase("restart");
        Duration triage = Duration.ofSeconds(5);
        String caseId = newCaseId();

        ConfigurableApplicationContext first = start(database, "first", triage);
        Map<DeadlineDue, AtomicInteger> handledByFirst = new ConcurrentHashMap<>();
        countHandledDeadlines(first, handledByFirst);
        Instant receivedAt = now();
        Instant due = receivedAt.plus(triage);
        open(first, caseId, receivedAt);
        first.close();

        // however long stopping took, the first instance stopped without handling the deadline
        assertThat(handledByFirst).as("deadlines the first instance handled").isEmpty();
        assertThat(scheduledDeadlines(database, caseId)).as("the deadline kept in scheduled_tasks")
                .containsExactly(TimeLimit.TRIAGE.name());
        await("the deadline overdue by the database's clock").atMost(triage.plusSeconds(2))
                .until(() -> overdueDeadlines(database) == 1);

        ConfigurableApplicationContext second = start(database, "second", triage);
        EventStore events = second.getBean(EventStore.class);
        await("the missed deadline recorded").atMost(STARTUP_AND_FIRING)
                .until(() -> !eventsOf(events, caseId, DeadlineMissed.class).isEmpty());
        await("the fired task deleted").atMost(STARTUP_AND_FIRING)
                .until(() -> scheduledDeadlines(database, caseId).isEmpty());

        assertThat(eventsOf(events, caseId, DeadlineMissed.class)).singleElement()
                .satisfies(missed -> {
                    assertThat(missed.deadline().limit()).isEqualTo(TimeLimit.TRIAGE);
                    assertThat(missed.deadline().due()).isEqualTo(due);
                });
        assertThat(eventsOf(events, caseId, ReminderIssued.class)).hasSize(1);
        assertThat(eventsOf(events, caseId, Escalated.class)).singleElement()
                .satisfies(escalated -> {
                    assertThat(escalated.reason()).isEqualTo(EscalationReason.DEADLINE_MISSED);
                    assertThat(escalated.toUnit()).isEqualTo(SUBSIDIARY);
                });
    }

    @Test
    void withTwoInstancesOnOneDatabaseEachDeadlineIsHandledOnce() {
        String database = freshDatabase("two_instances");
        Duration triage = Duration.ofSeconds(3);
        ConfigurableApplicationContext a = start(database, "a", triage);
        ConfigurableApplicationContext b = start(database, "b", triage);
        Map<DeadlineDue, AtomicInteger> handled = new ConcurrentHashMap<>();
        countHandledDeadlines(a, handled);
        countHandledDeadlines(b, handled);
        EventStore events = b.getBean(EventStore.class);

        // one case: its deadline handled once, by one of the two
        String caseId = newCaseId();
        Instant receivedAt = now();
        open(a, caseId, receivedAt);

        await("the missed deadline recorded").atMost(triage.plus(STARTUP_AND_FIRING))
                .until(() -> !eventsOf(events, caseId, DeadlineMissed.class).isEmpty());
        await("the fired task deleted").atMost(STARTUP_AND_FIRING)
                .until(() -> scheduledDeadlines(database, caseId).isEmpty());
        assertThat(handled).as("deadlines handled across both instances")
                .containsOnlyKeys(new DeadlineDue(TimeLimit.TRIAGE, receivedAt.plus(triage)));
        assertThat(total(handled)).as("times the deadline was handled across both instances").isEqualTo(1);
        assertThat(eventsOf(events, caseId, DeadlineMissed.class)).hasSize(1);

        // twenty cases opened alternately on both instances, received a millisecond apart: all due
        // together, and each case's deadline told apart by when it is due
        handled.clear();
        Instant firstReceived = now();
        Map<String, DeadlineDue> cases = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            String id = newCaseId();
            Instant received = firstReceived.plusMillis(i);
            open(i % 2 == 0 ? a : b, id, received);
            cases.put(id, new DeadlineDue(TimeLimit.TRIAGE, received.plus(triage)));
        }

        await("every missed deadline recorded").atMost(triage.plus(STARTUP_AND_FIRING))
                .until(() -> cases.keySet().stream()
                        .allMatch(id -> !eventsOf(events, id, DeadlineMissed.class).isEmpty()));
        await("every fired task deleted").atMost(STARTUP_AND_FIRING)
                .until(() -> countDeadlineTasks(database) == 0);
        cases.forEach((id, deadline) -> {
            assertThat(eventsOf(events, id, DeadlineMissed.class)).as("deadlines missed by case %s", id)
                    .hasSize(1);
            assertThat(handled.get(deadline)).as("times the deadline of case %s was handled", id)
                    .hasValue(1);
        });
        assertThat(total(handled)).as("deadlines handled across both instances").isEqualTo(cases.size());
    }

    @Test
    void theScheduleOfADeadlineMetFiresOnceIntoNothing() {
        String database = freshDatabase("met");
        Duration triage = Duration.ofSeconds(3);
        ConfigurableApplicationContext instance = start(database, "only", triage);
        Map<DeadlineDue, AtomicInteger> handled = new ConcurrentHashMap<>();
        countHandledDeadlines(instance, handled);
        String caseId = newCaseId();
        Instant receivedAt = now();
        Instant due = receivedAt.plus(triage);

        open(instance, caseId, receivedAt);
        assertThat(scheduledDeadlines(database, caseId)).containsExactly(TimeLimit.TRIAGE.name());
        instance.getBean(CommandGateway.class).sendAndWait(new TriageCase(caseId, 3, "billing", COORDINATOR));

        assertThat(scheduledDeadlines(database, caseId)).as("the case's deadlines once triaged, the met one kept")
                .containsExactlyInAnyOrder(TimeLimit.TRIAGE.name(), TimeLimit.CONTACT.name(), TimeLimit.SETTLE.name());
        await("the met TRIAGE deadline's schedule fired and deleted")
                .atMost(maximum(Duration.between(now(), due), Duration.ZERO).plus(STARTUP_AND_FIRING))
                .until(() -> !scheduledDeadlines(database, caseId).contains(TimeLimit.TRIAGE.name()));

        EventStore events = instance.getBean(EventStore.class);
        assertThat(handled.keySet()).as("deadlines handled").extracting(DeadlineDue::limit)
                .containsExactly(TimeLimit.TRIAGE);
        assertThat(total(handled)).as("times the met deadline fired").isEqualTo(1);
        assertThat(eventsOf(events, caseId, DeadlineMissed.class)).as("deadlines missed").isEmpty();
        assertThat(eventsOf(events, caseId, DeadlineMet.class)).singleElement()
                .satisfies(met -> assertThat(met.deadline().limit()).isEqualTo(TimeLimit.TRIAGE));
    }

    // ---- instances of the service ----

    /** An instance of the service on the given database, closed after the test. */
    private ConfigurableApplicationContext start(String database, String name, Duration triage) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                // cases are opened by command here, not from intake's topic
                "--spring.kafka.listener.auto-startup=false",
                "--db-scheduler.polling-interval=" + POLLING.toMillis() + "ms",
                // as each host would name itself: two instances in one JVM share a host name
                "--db-scheduler.scheduler-name=" + name,
                "--complaints.deadlines.limits.TRIAGE=" + triage,
                "--complaints.deadlines.limits.CONTACT=PT1H",
                "--complaints.deadlines.limits.SETTLE=PT1H"));
        HandlingTestProperties.of(database).forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(HandlingApplication.class)
                .run(args.toArray(String[]::new));
        instances.add(instance);
        return instance;
    }

    private static void open(ConfigurableApplicationContext instance, String caseId, Instant receivedAt) {
        instance.getBean(CommandGateway.class).sendAndWait(new OpenCase(caseId, "SH-PD-" + caseId.substring(0, 8),
                BRANCH, 3, List.of(), "billing", "Wang Wei", receivedAt, Actor.system("SH-PD")));
    }

    /** Counts, by deadline, each time this instance handles one; a retried or doubled firing counts again. */
    private static void countHandledDeadlines(ConfigurableApplicationContext instance,
                                              Map<DeadlineDue, AtomicInteger> handled) {
        instance.getBean(DeadlineManager.class).registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof DeadlineDue deadline) {
                handled.computeIfAbsent(deadline, d -> new AtomicInteger()).incrementAndGet();
            }
            return chain.proceed();
        });
    }

    private static int total(Map<DeadlineDue, AtomicInteger> handled) {
        return handled.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private static <T> List<T> eventsOf(EventStore events, String caseId, Class<T> type) {
        return events.readEvents(caseId).asStream().map(EventMessage::getPayload)
                .filter(type::isInstance).map(type::cast).toList();
    }

    // ---- the scheduled_tasks table, read directly ----

    /** The deadlines scheduled for the case, by name (the time limit), as the table holds them. */
    private List<String> scheduledDeadlines(String database, String caseId) {
        List<String> names = new ArrayList<>();
        query(database, "SELECT task_data FROM scheduled_tasks WHERE task_name = '" + DEADLINE_TASK + "'", rows -> {
            while (rows.next()) {
                DbSchedulerBinaryDeadlineDetails details = deadlineDetails(rows.getBytes(1));
                var scope = (AggregateScopeDescriptor) details.getDeserializedScopeDescriptor(axonJson);
                if (caseId.equals(scope.getIdentifier())) {
                    names.add(details.getD());
                }
            }
        });
        return names;
    }

    private int countDeadlineTasks(String database) {
        return count(database, "SELECT count(*) FROM scheduled_tasks WHERE task_name = '" + DEADLINE_TASK + "'");
    }

    private int overdueDeadlines(String database) {
        return count(database, "SELECT count(*) FROM scheduled_tasks WHERE task_name = '" + DEADLINE_TASK
                + "' AND execution_time <= now()");
    }

    private int count(String database, String sql) {
        int[] count = new int[1];
        query(database, sql, rows -> {
            rows.next();
            count[0] = rows.getInt(1);
        });
        return count[0];
    }

    private void query(String database, String sql, RowsReader reader) {
        try (Connection connection = DriverManager.getConnection(infrastructure.postgresJdbcUrl(database),
                infrastructure.postgresUser(), infrastructure.postgresPassword());
             var statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            reader.read(rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read scheduled_tasks of " + database, e);
        }
    }

    /** db-scheduler keeps a task's data Java-serialized; Axon's deadline details inside are JSON. */
    private static DbSchedulerBinaryDeadlineDetails deadlineDetails(byte[] taskData) {
        try (var in = new ObjectInputStream(new ByteArrayInputStream(taskData))) {
            return (DbSchedulerBinaryDeadlineDetails) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("not the data of an Axon deadline", e);
        }
    }

    @FunctionalInterface
    private interface RowsReader {
        void read(ResultSet rows) throws SQLException;
    }

    // ---- helpers ----

    private static String freshDatabase(String purpose) {
        return "handling_deadlines_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newCaseId() {
        return UUID.randomUUID().toString();
    }

    /** Now, to the millisecond, as instants travel through the events. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Duration maximum(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
