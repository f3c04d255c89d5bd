package io.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.e2e.system.Api;
import io.complaints.e2e.system.RunningSystem;

/**
 * analytics-service, killed (SIGKILL) while it consumes and started again, catches up from Kafka:
 * what it had not committed is delivered again, and every complaint has exactly its one row, whole
 * and as it should be.
 */
@ExtendWith(RunningSystem.class)
class AnalyticsCatchUpIT {

    /** The only test that registers complaints at this unit, so its ledger holds exactly these. */
    private static final String UNIT = "SH-XH";
    /** Only the time the service wrote them, or when the case was opened, cannot be known beforehand. */
    private static final Set<String> WHEN_WRITTEN = Set.of("caseOpenedAt", "visibleAt", "lastEventAt");

    private final RunningSystem system = RunningSystem.get();
    private final Api api = new Api(system);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void analyticsKilledWhileConsumingCatchesUpWithEveryComplaintExactlyOnce() throws Exception {
        List<JsonNode> registrations = Collections.synchronizedList(new ArrayList<>());
        registrations.addAll(register(0, 5));
        await().atMost(Duration.ofSeconds(30)).until(() -> ledgerOfUnit().size() == 5);

        CompletableFuture<Void> registering = CompletableFuture.runAsync(() -> registrations.addAll(register(5, 30)));
        await("analytics consuming the new complaints").atMost(Duration.ofSeconds(60))
                .until(() -> ledgerOfUnit().size() > 5);
        system.kill(RunningSystem.ANALYTICS);
        assertThat(registering).as("complaints still being registered when analytics died").isNotDone();
        registering.get(2, TimeUnit.MINUTES);
        system.start(RunningSystem.ANALYTICS);

        await("the ledger catches up").atMost(Duration.ofSeconds(90))
                .until(() -> ledgerOfUnit().size() >= registrations.size());
        // the case opened by handling reaches the rows too, whatever analytics missed while it was down
        await("every row whole").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, JsonNode> rows = new HashMap<>();
            ledgerOfUnit().forEach(row -> assertThat(rows.put(row.path("complaintId").asText(), row))
                    .as("a second row of complaint %s", row.path("complaintId").asText()).isNull());
            assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(
                    registrations.stream().map(r -> r.path("complaintId").asText()).toList());
            registrations.forEach(registration -> assertWhole(rows.get(registration.path("complaintId").asText()),
                    registration));
        });
    }

    /** The row of a level-3 complaint of SH-XH whose case awaits triage, every field of it. */
    private void assertWhole(JsonNode row, JsonNode registration) {
        Instant receivedAt = Instant.parse(registration.path("receivedAt").asText()).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("complaintId", registration.path("complaintId").asText());
        expected.put("registrationNumber", registration.path("registrationNumber").asText());
        expected.put("unitCode", UNIT);
        expected.put("unitPath", List.of("HQ", "SH", UNIT));
        expected.put("month", DateTimeFormatter.ofPattern("yyyy-MM").format(receivedAt.atZone(ZoneId.of("Asia/Shanghai"))));
        expected.put("channel", "HOTLINE");
        expected.put("category", "BILLING");
        expected.put("level", 3);
        expected.put("priority", false);
        expected.put("prioritySources", List.of());
        expected.put("repeat", false);
        expected.put("repeatOf", null);
        expected.put("groupSize", 1);
        expected.put("status", "AWAITING_TRIAGE");
        expected.put("responsibleDepartment", null);
        expected.put("handlerId", null);
        expected.put("holderUnit", UNIT);
        expected.put("escalationLevel", null);
        expected.put("escalationReason", null);
        expected.put("escalationsOpen", false);
        expected.put("escalations", 0);
        expected.put("reopened", 0);
        expected.put("remedyDeclines", 0);
        expected.put("approvedBySilence", false);
        expected.put("causeCode", null);
        expected.put("satisfaction", null);
        expected.put("outcome", null);
        expected.put("overdue", false);
        expected.put("deadlinesMet", List.of());
        expected.put("deadlinesMissed", List.of());
        expected.put("closedAt", null);
        Map<String, Object> registrationForm = new LinkedHashMap<>();
        registrationForm.put("description", "Billed twice for October");
        registrationForm.put("demand", null);
        registrationForm.put("occurredAt", null);
        registrationForm.put("complainedAbout", null);
        expected.put("registration", registrationForm);
        expected.put("findings", null);
        expected.put("remedy", null);
        expected.put("result", null);
        expected.put("invalidity", null);
        expected.put("callback", null);

        @SuppressWarnings("unchecked")
        Map<String, Object> actual = json.convertValue(row, Map.class);
        String number = registration.path("registrationNumber").asText();
        Map<String, Object> compared = new LinkedHashMap<>();
        expected.keySet().forEach(field -> compared.put(field, actual.get(field)));
        assertThat(compared).as("the row of %s", number).isEqualTo(expected);
        assertThat(Instant.parse(row.path("receivedAt").asText())).as("received at, %s", number).isEqualTo(receivedAt);
        assertThat(Instant.parse(row.path("milestones").path("received").asText())).isEqualTo(receivedAt);
        assertThat(row.path("milestones").properties()).extracting(Map.Entry::getKey)
                .as("milestones of %s", number).containsExactly("received", "caseOpened");
        assertThat(row.path("openDeadlines").properties()).extracting(Map.Entry::getKey)
                .as("open deadlines of %s", number).containsExactly("TRIAGE");
        WHEN_WRITTEN.forEach(field -> assertThat(row.path(field).isTextual()).as("%s of %s", field, number).isTrue());
        assertThat(actual.keySet()).as("fields of the row of %s", number).containsExactlyInAnyOrderElementsOf(
                union(expected.keySet(), WHEN_WRITTEN, Set.of("receivedAt", "milestones", "openDeadlines")));
    }

    private static List<String> union(Set<String> a, Set<String> b, Set<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }

    /** Registers complaints, each with a phone of its own so that none repeats another; their answers. */
    private List<JsonNode> register(int first, int count) {
        List<JsonNode> registered = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            Api.Answer answer = api.register(UNIT, 3, "1350000" + String.format("%04d", i));
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            registered.add(answer.json());
        }
        return registered;
    }

    private JsonNode ledgerOfUnit() {
        return api.as("shxh.coordinator").get(RunningSystem.ANALYTICS, "/api/ledger?unit=" + UNIT + "&size=500").json();
    }
}
