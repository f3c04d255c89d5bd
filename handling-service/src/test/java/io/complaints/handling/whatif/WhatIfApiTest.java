package io.complaints.handling.whatif;

import static io.complaints.platform.Role.ANALYST;
import static io.complaints.platform.Role.COORDINATOR;
import static io.complaints.platform.Role.HQ_SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.complaints.events.DeadlineMissed;
import io.complaints.events.TimeLimit;
import io.complaints.events.Topics;
import io.complaints.handling.api.CaseDriver;
import io.complaints.handling.api.CaseDriver.Stage;
import io.complaints.handling.api.SignedInApiTest;
import io.complaints.handling.cases.CaseCommands.TriageCase;
import io.complaints.handling.cases.OpenCase;
import io.complaints.platform.Actor;
import io.complaints.testsupport.Infrastructure;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What-if replay over the running service: cases recorded by the real case in real PostgreSQL, replayed
 * under a candidate whose triage limit is a millisecond, answered per unit and month; the replay leaves
 * the event store, the scheduled deadlines, the case board and handling's topic exactly as they were; and
 * every bad question is refused naming its field and rule. The cases are of {@value #UNIT}, a branch no
 * other test of this service uses, received this month.
 */
class WhatIfApiTest extends SignedInApiTest {

    static final String UNIT = "BJ-HD";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private CommandGateway commands;

    @Test
    void aMillisecondToTriageMissesEveryTriageAndEscalatesEachCaseWhileNothingLiveChanges() throws Exception {
        cases.caseAt(Stage.INVESTIGATING, UNIT);
        cases.caseAt(Stage.AWAITING_TRIAGE, UNIT);
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        String body = question(month, month, UNIT, candidate -> limits(candidate).put("TRIAGE", "PT0.001S"));
        // the service shares its stores and topics with earlier classes' work: start from a moment of calm
        AtomicReference<Map<String, Object>> before = new AtomicReference<>(Map.of());
        await("every stored event published, and nothing changing").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> meters.get("complaints.outbox.pending.events").gauge().value() == 0
                        && before.getAndSet(everythingLive()).equals(before.get()));

        http.perform(json(as(person(HQ_SUPERVISOR, "HQ"), post("/api/what-if")), body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit").value(UNIT))
                .andExpect(jsonPath("$.cases").value(2))
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].unit").value(UNIT))
                .andExpect(jsonPath("$.rows[0].month").value(month))
                .andExpect(jsonPath("$.rows[0].cases").value(2))
                .andExpect(jsonPath("$.rows[0].actual.missed").value(0))
                .andExpect(jsonPath("$.rows[0].actual.escalations").value(0))
                .andExpect(jsonPath("$.rows[0].candidate.missed").value(2))
                .andExpect(jsonPath("$.rows[0].candidate.reminders").value(2))
                .andExpect(jsonPath("$.rows[0].candidate.escalations").value(2))
                .andExpect(jsonPath("$.rows[0].difference.escalations").value(2))
                .andExpect(jsonPath("$.total.difference.reminders").value(2));

        assertThat(meters.get("complaints.outbox.pending.events").gauge().value()).as("events waiting to publish")
                .isZero();
        assertThat(everythingLive()).isEqualTo(before.get());
    }

    @Test
    void theLiveConfigurationIsAnsweredAsACandidateIsWritten() throws Exception {
        http.perform(as(person(ANALYST, "BJ"), get("/api/what-if/configuration")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zone").value("Asia/Shanghai"))
                .andExpect(jsonPath("$.workingHours").value("09:00-18:00"))
                .andExpect(jsonPath("$.limits.TRIAGE").value("same-day"))
                .andExpect(jsonPath("$.limits.CONTACT").value("1 working-day"))
                .andExpect(jsonPath("$.limits.SETTLE").value("3 calendar-days"));
    }

    @Test
    void badQuestionsAreRefusedNamingTheFieldAndTheRuleAndChangeNothing() throws Exception {
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        refused(question("2026-11", "2026-11", UNIT, c -> limits(c).put("CONTACT", "-1 working-days")),
                "candidate.limits.CONTACT", "time-limit");
        refused(question("2026-11", "2026-11", UNIT, c -> limits(c).put("APPROVAL", "PT-30M")),
                "candidate.limits.APPROVAL", "time-limit");
        refused(question("2026-11", "2026-11", UNIT, c -> limits(c).remove("SETTLE")),
                "candidate.limits.SETTLE", "required");
        refused(question("2026-11", "2026-11", UNIT, c -> limits(c).put("LEVEL_5", "1 calendar-day")),
                "candidate.limits.LEVEL_5", "known-limit");
        refused(question("2026-12", "2026-11", UNIT, c -> { }), "to", "month-order");
        refused(question("2025-01", "2026-12", UNIT, c -> { }), "to", "at-most-months");
        refused(question("2026-11", "2026-13", UNIT, c -> { }), "to", "month");
        refused(question("+999999999-11", "+999999999-12", UNIT, c -> { }), "from", "month");
        refused(question("2026-11", "2026-11", "XX-YY", c -> { }), "unit", "unknown-unit");
        refused(question("2026-11", "2026-11", UNIT, c -> c.putObject("units").putObject("XX-YY")),
                "candidate.units.XX-YY", "unknown-unit");
        refused(question("2026-11", "2026-11", UNIT, c -> c.putArray("holidays").add("2026-11-31")),
                "candidate.holidays[0]", "date");
        refused(question("2026-11", "2026-11", UNIT, c -> c.putArray("workingWeekdays")),
                "candidate.workingWeekdays", "some-working-weekday");
        refused("{\"from\":\"2026-11\",\"to\":\"2026-11\"}", "candidate", "required");

        problem(http.perform(json(as(person(ANALYST, "BJ"), post("/api/what-if")),
                question("2026-11", "2026-11", "SH", c -> { }))), 403, "unit-scope");
        http.perform(json(as(person(COORDINATOR, UNIT), post("/api/what-if")),
                        question("2026-11", "2026-11", UNIT, c -> { })))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(events);
    }

    @Test
    void hostileValuesInEveryFieldAreRefusedOrAnsweredNeverFailedOn() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Instant receivedAt = Instant.now().minus(Duration.ofDays(40)); // another month than the first test's
        commands.sendAndWait(new OpenCase(caseId, UNIT + "-" + caseId.substring(0, 8), CaseDriver.branch(UNIT), 3,
                List.of(), "sales", "Wang Wei", receivedAt, Actor.system(UNIT)));
        commands.sendAndWait(new TriageCase(caseId, 3, CaseDriver.RESPONSIBLE, CaseDriver.person(COORDINATOR, UNIT)));
        // its settling limit ran out long ago: the scheduler records it missed at once; wait for that
        await("the settling limit recorded missed").atMost(Duration.ofSeconds(60)).until(() -> settleMissed(caseId));
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        ObjectNode valid = (ObjectNode) json.readTree(question(month.minusMonths(2).toString(), month.toString(), UNIT,
                c -> c.putObject("units").putObject("SH-PD").putObject("limits").put("CONTACT", "2 working-days")));
        long events = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        List<String> paths = List.of("from", "to", "unit", "candidate", "candidate.zone", "candidate.workingHours",
                "candidate.workingWeekdays", "candidate.holidays", "candidate.makeUpDays", "candidate.limits",
                "candidate.limits.TRIAGE", "candidate.limits.SETTLE", "candidate.units", "candidate.units.SH-PD",
                "candidate.units.SH-PD.limits.CONTACT");
        List<String> values = List.of("null", "\"\"", "\" \"", "\"x\"", "-1", "0", "1e308", "true", "[]", "{}",
                "[\"x\"]", "[null]", "{\"x\":\"y\"}", "\"2026-02-30\"", "\"+999999999-12\"", "\"PT0S\"",
                "\"P1000000D\"", "\"2147483647 working-days\"", "\"2147483647 calendar-days\"",
                "\"999999999999 calendar-days\"",
                "\"365 working-days\"", "\"PT8760H\"", "\"00:00-24:00\"", "\"18:00-09:00\"", "\"UTC+25\"",
                "[\"SUNDAY\"]", "\"" + "9".repeat(5000) + "\"");
        Map<Integer, Integer> answers = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String path : paths) {
            for (String value : values) {
                ObjectNode question = valid.deepCopy();
                String[] steps = path.split("\\.");
                ObjectNode parent = question;
                for (int i = 0; i < steps.length - 1; i++) {
                    parent = (ObjectNode) parent.get(steps[i]);
                }
                parent.set(steps[steps.length - 1], json.readTree(value));
                var response = http.perform(json(as(person(ANALYST, "HQ"), post("/api/what-if")),
                        json.writeValueAsString(question))).andReturn().getResponse();
                answers.merge(response.getStatus(), 1, Integer::sum);
                boolean problem = response.getContentType() != null
                        && response.getContentType().startsWith("application/problem+json");
                if (response.getStatus() >= 500 || response.getStatus() != 200 && !problem) {
                    wrong.add(path + " = " + value.substring(0, Math.min(value.length(), 30)) + ": "
                            + response.getStatus());
                }
            }
        }
        System.out.println("what-if hostile values: " + answers);

        assertThat(wrong).isEmpty();
        assertThat(answers).containsKeys(200, 400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(events);
    }

    private boolean settleMissed(String caseId) {
        var stream = events.readEvents(caseId, 0);
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof DeadlineMissed missed
                    && missed.deadline().limit() == TimeLimit.SETTLE) {
                return true;
            }
        }
        return false;
    }

    private void refused(String body, String field, String rule) throws Exception {
        ResultActions result = http.perform(json(as(person(ANALYST, "HQ"), post("/api/what-if")), body));
        problem(result, 400, rule);
        result.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    /** A question about the months, the unit and the live configuration as changed by {@code change}. */
    private String question(String from, String to, String unit, Consumer<ObjectNode> change) throws Exception {
        String live = http.perform(as(person(ANALYST, "HQ"), get("/api/what-if/configuration")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        ObjectNode candidate = (ObjectNode) json.readTree(live);
        change.accept(candidate);
        ObjectNode question = json.createObjectNode().put("from", from).put("to", to).put("unit", unit);
        question.set("candidate", candidate);
        return json.writeValueAsString(question);
    }

    private static ObjectNode limits(ObjectNode candidate) {
        return (ObjectNode) candidate.get("limits");
    }

    /** Events stored, deadlines scheduled, the case board, and the records on handling's topic. */
    private Map<String, Object> everythingLive() {
        return Map.of(
                "events", jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class),
                "deadlines", jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class),
                "case board", jdbc.queryForObject("SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') "
                        + "FROM case_board", String.class),
                "handling topic", endOffsets(Topics.HANDLING));
    }

    private static long endOffsets(String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafkaBootstrapServers());
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
