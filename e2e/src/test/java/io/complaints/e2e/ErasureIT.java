package io.complaints.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import io.complaints.e2e.system.Api;
import io.complaints.e2e.system.RunningSystem;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.MongoSearch;
import io.complaints.testsupport.StoreSearch;

/**
 * Erasure of a complainant's personal data, through the whole system: canary values registered at intake
 * are readable through the authorised API (intake's complaint and contact, analytics' ledger, which has
 * intake open what the complainant wrote) until a coordinator erases them; then none of them is in clear
 * text in any table of intake's or handling's PostgreSQL, any collection of analytics' or notification's
 * MongoDB, any record of any topic (dead-letter topics too), the ledger's CSV and XLSX exports, or any
 * service's log, while the month's statistics are as they were and the complaint reads as erased.
 */
@ExtendWith(RunningSystem.class)
class ErasureIT {

    /** A unit few tests register at (one other does): the month's figures are compared once they count them all. */
    private static final String UNIT = "GZ-TH";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final RunningSystem system = RunningSystem.get();
    private final Api coordinator = new Api(system).as("gzth.coordinator");
    private final Api analyst = new Api(system).as("hq.analyst");
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> canaries = List.of("Canary Person " + run, "Canary Ltd " + run, "9 Canary Quay " + run,
            "139" + (10_000_000 + Math.abs(run.hashCode() % 9_000_000)), "canary." + run + "@example.org",
            "Canary description " + run, "Canary demand " + run);

    @Test
    void anErasedComplainantIsInNoStoreOfTheSystemAndTheFiguresStay() throws Exception {
        JsonNode registered = new Api(system).as(Api.agentOf(UNIT)).post(RunningSystem.INTAKE, "/api/complaints", """
                {"unitCode":"%s","channel":"HOTLINE","category":"BILLING","level":3,"description":"%s","demand":"%s",
                 "complainant":{"name":"%s","organisation":"%s","address":"%s","phone":"%s","email":"%s",
                  "contactConsent":true}}""".formatted(UNIT, canaries.get(5), canaries.get(6), canaries.get(0),
                canaries.get(1), canaries.get(2), canaries.get(3), canaries.get(4))).json();
        String id = registered.path("complaintId").asText();
        String number = registered.path("registrationNumber").asText();
        String reference = coordinator.get(RunningSystem.INTAKE, "/api/complaints/" + id).json()
                .path("complainant").path("reference").asText();
        await("the ledger shows what the complainant wrote").atMost(Duration.ofSeconds(60))
                .until(() -> ledgerRow(number).path("registration").path("description").asText(), canaries.get(5)::equals);
        await("handling opened the case").atMost(Duration.ofSeconds(60))
                .until(() -> coordinator.get(RunningSystem.HANDLING, "/api/cases/" + id).status() == 200);
        assertThat(coordinator.get(RunningSystem.INTAKE, "/api/complainants/" + reference + "/contact?purpose=CALLBACK")
                .json().path("name").asText()).isEqualTo(canaries.get(0));
        String period = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        // every complaint of the unit this month counted (others' too): then only the erasure could change them
        String figures = await("the month's figures count every complaint of the unit's ledger")
                .atMost(Duration.ofSeconds(60))
                .until(() -> figures(period), counted -> total(counted) == ledgerRows(period));

        Api.Answer erased = coordinator.post(RunningSystem.INTAKE, "/api/complainants/" + reference + "/erasure",
                "{\"reason\":\"the complainant's request by letter\"}");

        assertThat(erased.status()).as(erased.body()).isEqualTo(204);
        await("the ledger no longer shows it").atMost(Duration.ofSeconds(30))
                .until(() -> ledgerRow(number).path("registration").path("description").isNull());
        JsonNode complaint = coordinator.get(RunningSystem.INTAKE, "/api/complaints/" + id).json();
        assertThat(complaint.path("erased").asBoolean()).isTrue();
        assertThat(complaint.path("registrationNumber").asText()).isEqualTo(number);
        assertThat(figures(period)).as("the month's figures").isEqualTo(figures);

        Infrastructure stores = Infrastructure.shared();
        List<String> found = new ArrayList<>();
        for (String database : List.of("intake", "handling")) {
            found.addAll(StoreSearch.inPostgres(stores.postgresJdbcUrl(database), stores.postgresUser(),
                    stores.postgresPassword(), canaries).stream().map(where -> database + ": " + where).toList());
        }
        for (String database : List.of("analytics", "notification")) {
            try (MongoClient mongo = MongoClients.create(stores.mongoUri(database))) {
                found.addAll(MongoSearch.inMongo(mongo.getDatabase(database), canaries));
            }
        }
        found.addAll(StoreSearch.inTopics(stores.kafkaBootstrapServers(), canaries));
        found.addAll(inText("ledger.csv", new String(export("csv"), StandardCharsets.UTF_8)));
        found.addAll(inText("ledger.xlsx", unzipped(export("xlsx"))));
        try (Stream<Path> logs = Files.list(system.logs())) {
            for (Path log : logs.toList()) {
                found.addAll(inText(log.getFileName().toString(), Files.readString(log, StandardCharsets.UTF_8)));
            }
        }
        assertThat(found).as("where a canary of the erased complainant is still in clear text").isEmpty();
    }

    private JsonNode ledgerRow(String number) {
        Api.Answer row = coordinator.get(RunningSystem.ANALYTICS, "/api/ledger/" + number);
        return row.status() == 200 ? row.json() : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static long total(String figures) {
        try {
            return new ObjectMapper().readTree(figures).path("figures").path("total").asLong(-1);
        } catch (IOException unreadable) {
            throw new IllegalStateException("the statistics answered no JSON: " + figures, unreadable);
        }
    }

    private long ledgerRows(String period) {
        Api.Answer answer = analyst.get(RunningSystem.ANALYTICS,
                "/api/ledger?unit=" + UNIT + "&from=" + period + "&to=" + period + "&size=500");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().size();
    }

    private String figures(String period) {
        Api.Answer answer = analyst.get(RunningSystem.ANALYTICS, "/api/statistics?unit=" + UNIT + "&period=" + period);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    private byte[] export(String extension) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(system.uri(RunningSystem.ANALYTICS,
                        "/api/ledger/export." + extension + "?unit=" + UNIT))
                .header("Authorization", system.bearer("gzth.coordinator")).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** Every part of an XLSX (a zip of XML), as text; read by its central directory, as it is streamed. */
    private static String unzipped(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("ledger", ".xlsx");
        try {
            Files.write(file, xlsx);
            StringBuilder text = new StringBuilder();
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    try (var part = zip.getInputStream(entry)) {
                        text.append(new String(part.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return text.toString();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<String> inText(String where, String text) {
        return canaries.stream().filter(text::contains).map(canary -> where + " holds " + canary).toList();
    }
}
