package io.complaints.analytics;

import static io.complaints.testsupport.hostile.HostileValues.BLANKS;
import static io.complaints.testsupport.hostile.HostileValues.hostileText;
import static io.complaints.testsupport.hostile.HostileValues.shown;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.analytics.readmodel.Generations;
import io.complaints.analytics.readmodel.ReadModel;
import io.complaints.events.CloudEvent;
import io.complaints.events.UnitRef;
import io.complaints.platform.Role;
import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.TestTokens;
import io.complaints.testsupport.hostile.HostileAnswers;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Random and hostile query parameters and path segments for every question analytics-service answers
 * (statistics, causes, year summaries, statistics as published, the ledger and its exports, also as of an
 * instant, reports, escalations, timelines, archives), running for real over MongoDB, with a few complaints in its read models. Whatever comes
 * in: never a server error (but the 503 of a PDF where no CJK font is installed); every refusal is
 * problem+json, naming for a 400 each parameter and the rule it breaks; no question changes a read
 * model.
 *
 * <p>jqwik runs no JUnit Jupiter extensions, so the application is started here, once, without the
 * live feed: only the test writes to the read models.
 */
class HostileQueriesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final Instant RECEIVED = Instant.parse("2026-10-31T17:00:00Z");
    private static final List<String> COMPLAINTS = List.of("c-" + UUID.randomUUID(), "c-" + UUID.randomUUID());

    private static ConfigurableApplicationContext analytics;
    private static MongoTemplate mongo;
    private static String base;

    /** One question: its path and parameters, and who asks it. */
    record Query(String kind, String path, Map<String, String> parameters, Role role, String unit) {

        String uri() {
            String query = parameters.entrySet().stream().map(p -> encoded(p.getKey()) + "=" + encoded(p.getValue()))
                    .collect(Collectors.joining("&"));
            return path + (query.isEmpty() ? "" : "?" + query);
        }

        @Override
        public String toString() {
            return "Query[" + kind + "] GET " + shown(uri()) + "\n  asked by " + role + " of " + unit + "\n";
        }
    }

    @BeforeContainer
    static void startAnalytics() {
        Infrastructure infrastructure = Infrastructure.shared();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.kafka.listener.auto-startup=false",
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--spring.data.mongodb.uri=" + infrastructure.mongoUri("analytics_hostile_"
                        + UUID.randomUUID().toString().substring(0, 8)),
                "--complaints.limits.requests-per-second=100000", "--complaints.limits.burst=100000",
                "--complaints.analytics.statistics.recompute-every=200ms"));
        TestTokens.shared().resourceServerProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        analytics = new SpringApplicationBuilder(AnalyticsApplication.class).run(args.toArray(String[]::new));
        mongo = analytics.getBean(MongoTemplate.class);
        base = "http://127.0.0.1:" + analytics.getEnvironment().getProperty("local.server.port");
        var live = analytics.getBean(Generations.class).live();
        for (String complaint : COMPLAINTS) {
            List<CloudEvent<Object>> story = Story.whole(complaint, PUDONG, RECEIVED).events();
            analytics.getBeansOfType(ReadModel.class).values().forEach(model -> model.applyAll(story, live));
        }
        // the figures of the months the complaints changed are recomputed in the background: then they rest
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() -> mongo.count(org.springframework.data.mongodb.core
                .query.Query.query(new Criteria().orOperator(Criteria.where("dirty").is(true),
                        Criteria.where("recomputingUntil").exists(true))), live.collection("statistics_dirty_months")) == 0);
    }

    @AfterContainer
    static void stopAnalytics() {
        if (analytics != null) {
            analytics.close();
        }
    }

    @Property(tries = 400)
    void plausibleQuestionsAreAnsweredOrRefusedAsProblems(@ForAll("plausible") Query query) throws Exception {
        ask(query);
    }

    @Property(tries = 600)
    void hostileParametersAreRefusedAndChangeNothing(@ForAll("hostile") Query query) throws Exception {
        ask(query);
    }

    @Provide
    Arbitrary<Query> plausible() {
        return queries(false);
    }

    @Provide
    Arbitrary<Query> hostile() {
        return queries(true);
    }

    private static Arbitrary<Query> queries(boolean hostile) {
        Arbitrary<String> months = value(hostile, Arbitraries.of("2026-11", "2026-10", "2025-01", "2026"));
        Arbitrary<String> years = value(hostile, Arbitraries.of("2026", "2025", "1970"));
        Arbitrary<String> units = value(hostile, Arbitraries.of("SH-PD", "SH", "HQ", "GZ", "GZ-TH"));
        Arbitrary<String> languages = value(hostile, Arbitraries.of("en", "zh-CN", "zh", "en-US", "fr"));
        Arbitrary<String> numbers = value(hostile, Arbitraries.of("0", "1", "2", "49", "500"));
        Arbitrary<String> formats = hostile ? Arbitraries.of("xlsx", "pdf", "csv", "XLSX", "pdf.", "")
                : Arbitraries.of("xlsx", "pdf");
        Arbitrary<String> complaints = value(hostile, Arbitraries.of(COMPLAINTS));
        Arbitrary<Map<String, String>> filter = parameters(hostile, Map.of(
                "unit", units, "from", value(hostile, Arbitraries.of("2026-10-01", "2026-11-30", "2026-11")),
                "to", value(hostile, Arbitraries.of("2026-12-01", "2026-10-31")),
                "status", value(hostile, Arbitraries.of("CLOSED", "INVESTIGATING", "RECEIVED")),
                "level", value(hostile, Arbitraries.of("1", "2", "3", "4")),
                "category", value(hostile, Arbitraries.of("BILLING", "SERVICE")),
                "channel", value(hostile, Arbitraries.of("HOTLINE", "WEB")),
                "department", value(hostile, Arbitraries.of("billing", "metering")),
                "overdue", value(hostile, Arbitraries.of("true", "false")),
                "sort", value(hostile, Arbitraries.of("receivedAt", "-receivedAt", "level"))));
        Arbitrary<String> instants = value(hostile, Arbitraries.of("2026-11-05T16:00:00Z", "2026-11-20T00:00:00+08:00"));
        Arbitrary<Tuple.Tuple2<String, Map<String, String>>> asked = Arbitraries.oneOf(
                parameters(hostile, Map.of("unit", units, "period", months,
                        "by", value(hostile, Arbitraries.of("category", "channel", "level", "unit", "department"))))
                        .map(p -> Tuple.of("/api/statistics", p)),
                parameters(hostile, Map.of("unit", units, "period", months)).map(p -> Tuple.of("/api/statistics/causes", p)),
                parameters(hostile, Map.of("unit", units, "month", months,
                        "publishedOn", value(hostile, Arbitraries.of("2026-11-05", "2026-12-01", "2026-10-15"))))
                        .map(p -> Tuple.of("/api/statistics/as-published", p)),
                Combinators.combine(years, parameters(hostile, Map.of("unit", units)))
                        .as((year, p) -> Tuple.of("/api/statistics/summary/" + encoded(year), p)),
                Combinators.combine(filter, parameters(hostile, Map.of("page", numbers, "size", numbers, "asOf", instants)))
                        .as((f, p) -> Tuple.of("/api/ledger", merged(f, p))),
                value(hostile, Arbitraries.of(COMPLAINTS.stream().map(c -> "SH-PD-" + c).toList()))
                        .map(number -> Tuple.of("/api/ledger/" + encoded(number), Map.of())),
                Combinators.combine(Arbitraries.of("csv", "xlsx"), filter,
                                parameters(hostile, Map.of("lang", languages, "asOf", instants)))
                        .as((extension, f, p) -> Tuple.of("/api/ledger/export." + extension, merged(f, p))),
                Combinators.combine(months, formats, parameters(hostile, Map.of("unit", units, "lang", languages)))
                        .as((month, format, p) -> Tuple.of("/api/reports/monthly/" + encoded(month) + "." + format, p)),
                Combinators.combine(years, formats, parameters(hostile, Map.of("unit", units, "lang", languages)))
                        .as((year, format, p) -> Tuple.of("/api/reports/yearly/" + encoded(year) + "." + format, p)),
                parameters(hostile, Map.of("unit", units, "page", numbers, "size", numbers))
                        .map(p -> Tuple.of("/api/escalations", p)),
                complaints.map(c -> Tuple.of("/api/complaints/" + encoded(c) + "/timeline", Map.of())),
                Combinators.combine(complaints, parameters(hostile, Map.of("lang", languages)))
                        .as((c, p) -> Tuple.of("/api/complaints/" + encoded(c) + "/archive.pdf", p)));
        Arbitrary<Tuple.Tuple2<Role, String>> askers = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Tuple.of(Role.ANALYST, "HQ"))),
                Tuple.of(2, Arbitraries.of(Tuple.of(Role.COORDINATOR, "SH-PD"), Tuple.of(Role.HQ_SUPERVISOR, "HQ"),
                        Tuple.of(Role.APPROVER, "SH"))),
                Tuple.of(hostile ? 2 : 0, Combinators.combine(Arbitraries.of(Role.values()),
                        Arbitraries.of("SH-PD", "GZ-TH", "SH", "HQ")).as(Tuple::of)));
        return Combinators.combine(asked, askers).as((question, asker) -> new Query(hostile ? "hostile" : "plausible",
                question.get1(), question.get2(), asker.get1(), asker.get2()));
    }

    /** A plausible value, or with {@code hostile} often anything. */
    private static Arbitrary<String> value(boolean hostile, Arbitrary<String> plausible) {
        if (!hostile) {
            return plausible;
        }
        return Arbitraries.frequencyOf(Tuple.of(2, plausible), Tuple.of(4, hostileText()), Tuple.of(1, Arbitraries.of(BLANKS)),
                Tuple.of(2, Arbitraries.of("-1", "2147483648", "99999999999999999999", "1e3", "0x10", "NaN", "2026-13",
                        "2026-02-30", "+2026-11", "-2026", "999999999", "2026-11-01T00:00:00Z", "..", "%", "a,b", "SH-PD,HQ",
                        "$where", "{\"$gt\":\"\"}", "/.*/", "x".repeat(3000))));
    }

    /** Each parameter absent or given. */
    private static Arbitrary<Map<String, String>> parameters(boolean hostile, Map<String, Arbitrary<String>> values) {
        List<Arbitrary<Map<String, String>>> each = new TreeMap<>(values).entrySet().stream().map(entry ->
                Arbitraries.frequencyOf(Tuple.of(hostile ? 1 : 2, Arbitraries.just(Map.<String, String>of())),
                        Tuple.of(2, entry.getValue().map(v -> Map.of(entry.getKey(), v))))).toList();
        return Combinators.combine(each).as(maps -> maps.stream().reduce(new LinkedHashMap<>(), HostileQueriesTest::merged));
    }

    private static Map<String, String> merged(Map<String, String> one, Map<String, String> other) {
        Map<String, String> both = new LinkedHashMap<>(one);
        both.putAll(other);
        return both;
    }

    private static void ask(Query query) throws Exception {
        synchronized (HostileQueriesTest.class) {
            String before = readModels();
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + query.uri())).timeout(Duration.ofSeconds(60))
                    .header("Authorization", Callers.bearer(Callers.sampleId(query.role(), query.unit()), query.unit(),
                            query.role())).GET().build();
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            try {
                Statistics.label("answers").collect(query.path().replaceAll("/[^/]*[^a-z/][^/]*", "/{}"), answer.statusCode());
                if (!noCjkFont(answer)) {
                    HostileAnswers.check(answer);
                }
                assertThat(readModels()).as("the read models after a question").isEqualTo(before);
            } catch (AssertionError failure) {
                throw new AssertionError(failure.getMessage() + "\n" + query + "  answered " + answer.statusCode() + " "
                        + answer.headers().firstValue("Content-Type").orElse("") + ": "
                        + shown(answer.body().substring(0, Math.min(answer.body().length(), 2000))), failure);
            }
        }
    }

    /** A PDF asked for where no font prints Chinese: a 503 the operators are told to fix by installing one. */
    private static boolean noCjkFont(HttpResponse<String> answer) throws Exception {
        if (answer.statusCode() != 503) {
            return false;
        }
        JsonNode problem = JSON.readTree(answer.body());
        return problem.path("type").asText().equals("urn:complaints:problem:no-cjk-font");
    }

    /** Every document of every generation of every read model, as text. */
    private static String readModels() {
        return mongo.getCollectionNames().stream().filter(name -> name.matches(".*_g\\d+")).sorted()
                .map(name -> name + ": " + mongo.findAll(Document.class, name).stream().map(Document::toJson)
                        .sorted().collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, UTF_8).replace("+", "%20");
    }
}
