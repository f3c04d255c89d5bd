package io.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.complaints.e2e.system.Api;
import io.complaints.e2e.system.RunningSystem;

/** analytics-service, stopped and started again, catches up from Kafka without losing or doubling a row. */
@ExtendWith(RunningSystem.class)
class AnalyticsCatchUpIT {

    /** The only test that registers complaints at this unit, so its ledger holds exactly these. */
    private static final String UNIT = "SH-XH";

    private final RunningSystem system = RunningSystem.get();
    private final Api api = new Api(system);

    @Test
    void analyticsRestartedCatchesUpWithEveryComplaintExactlyOnce() {
        List<String> numbers = new ArrayList<>();
        numbers.addAll(register(5));
        await().atMost(Duration.ofSeconds(30)).until(() -> ledgerOfUnit().size() == 5);

        system.stop(RunningSystem.ANALYTICS);
        numbers.addAll(register(10));
        system.start(RunningSystem.ANALYTICS);

        await("the ledger catches up").atMost(Duration.ofSeconds(60)).until(() -> ledgerOfUnit().size() >= numbers.size());
        JsonNode rows = ledgerOfUnit();
        List<String> inLedger = new ArrayList<>();
        rows.forEach(row -> inLedger.add(row.path("registrationNumber").asText()));
        assertThat(inLedger).containsExactlyInAnyOrderElementsOf(numbers);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> ledgerOfUnit().forEach(row ->
                assertThat(row.path("status").asText()).as(row.path("registrationNumber").asText())
                        .isEqualTo("AWAITING_TRIAGE")));
    }

    private List<String> register(int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Answer registered = api.register(UNIT, 3, "1350000" + String.format("%04d", i));
            assertThat(registered.status()).isEqualTo(201);
            numbers.add(registered.json().path("registrationNumber").asText());
        }
        return numbers;
    }

    private JsonNode ledgerOfUnit() {
        return api.as("shxh.coordinator").get(RunningSystem.ANALYTICS, "/api/ledger?unit=" + UNIT + "&size=500").json();
    }
}
