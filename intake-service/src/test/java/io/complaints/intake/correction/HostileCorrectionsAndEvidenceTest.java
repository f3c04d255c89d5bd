package io.complaints.intake.correction;

import static io.complaints.testsupport.hostile.HostileValues.BLANKS;
import static io.complaints.testsupport.hostile.HostileValues.cut;
import static io.complaints.testsupport.hostile.HostileValues.forbidden;
import static io.complaints.testsupport.hostile.HostileValues.hostileText;
import static io.complaints.testsupport.hostile.HostileValues.hostileValues;
import static io.complaints.testsupport.hostile.HostileValues.nesting;
import static io.complaints.testsupport.hostile.HostileValues.notJson;
import static io.complaints.testsupport.hostile.HostileValues.shown;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.intake.IntakeApplication;
import io.complaints.platform.Role;
import io.complaints.testsupport.ServiceProperties;
import io.complaints.testsupport.TestTokens;
import io.complaints.testsupport.hostile.HostileAnswers;
import io.complaints.testsupport.hostile.HostileJson;
import io.complaints.testsupport.hostile.HostileJson.Lit;
import io.complaints.testsupport.hostile.HostileJson.Member;
import io.complaints.testsupport.hostile.HostileJson.Obj;
import io.complaints.testsupport.hostile.HostileJson.Str;
import io.complaints.testsupport.hostile.HostileValues;
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
 * Random and hostile amendments, withdrawals and evidence uploads of registered complaints, sent to
 * intake-service running for real over PostgreSQL and Kafka. Whatever comes in: never a server error;
 * every refusal is problem+json, naming for a 400 each field and the rule it breaks, and appends
 * nothing to the complaint's events; a success is 204 (a correction) or 201 (a file).
 *
 * <p>jqwik runs no JUnit Jupiter extensions, so the application is started here, once; requests go one
 * at a time (see {@code HostileRegistrationPayloadsTest}).
 */
class HostileCorrectionsAndEvidenceTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestTokens TOKENS = TestTokens.shared();
    private static final List<String> POOL = new ArrayList<>();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    private static ConfigurableApplicationContext intake;
    private static JdbcTemplate jdbc;
    private static String base;

    /** One request: where it goes, what it carries, who sends it. */
    record Probe(String kind, String complaintId, String step, byte[] body, String contentType, Role role, String unit) {

        String path() {
            return "/api/complaints/" + URLEncoder.encode(complaintId, UTF_8).replace("+", "%20") + "/" + step;
        }

        @Override
        public String toString() {
            return "Probe[" + kind + "] POST " + path() + "\n  caller: " + role + " of " + unit + "\n  Content-Type: "
                    + contentType + "\n  body (" + body.length + " bytes, as Latin-1): "
                    + shown(new String(body, 0, Math.min(body.length, 3000), ISO_8859_1)) + "\n";
        }
    }

    @BeforeContainer
    static void startIntake() throws Exception {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=local",
                "--logging.level.org.axonframework.modelling.command.AbstractRepository=ERROR",
                "--complaints.limits.requests-per-second=100000", "--complaints.limits.burst=100000"));
        ServiceProperties.eventSourced("intake_hostile_corrections_test").forEach((key, value) -> args.add("--" + key + "=" + value));
        TOKENS.resourceServerProperties().forEach((key, value) -> args.add("--" + key + "=" + value));
        intake = new SpringApplicationBuilder(IntakeApplication.class).run(args.toArray(String[]::new));
        jdbc = intake.getBean(JdbcTemplate.class);
        base = "http://127.0.0.1:" + intake.getEnvironment().getProperty("local.server.port");
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> registered = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/complaints"))
                    .header("Authorization", bearer(Role.INTAKE_AGENT, "SH-PD")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"unitCode":"SH-PD","channel":"HOTLINE","category":"BILLING","level":3,
                             "description":"Billed twice for October","complainant":{"name":"张三","phone":"13812345678"}}"""))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            POOL.add(JSON.readTree(registered.body()).path("complaintId").asText());
        }
    }

    @AfterContainer
    static void stopIntake() {
        if (intake != null) {
            intake.close();
        }
    }

    @Property(tries = 400)
    void hostileCorrectionsAreRefusedAndChangeNothing(@ForAll("corrections") Probe probe) throws Exception {
        exchange(probe);
    }

    @Property(tries = 300)
    void hostileUploadsAreRefusedAndChangeNothing(@ForAll("uploads") Probe probe) throws Exception {
        exchange(probe);
    }

    @Provide
    Arbitrary<Probe> corrections() {
        Arbitrary<Obj> amendments = object(member("reason", text(2000)),
                optional("channel", Arbitraries.of(Channel.class).map(c -> new Str(c.name()))),
                optional("category", Arbitraries.of(Category.class).map(c -> new Str(c.name()))),
                optional("level", Arbitraries.integers().between(2, 4).map(l -> new Lit(String.valueOf(l)))),
                optional("description", text(4000)), optional("demand", text(2000)),
                optional("groupSize", Arbitraries.integers().between(1, 4).map(n -> new Lit(String.valueOf(n)))),
                optional("complainant", object(optional("name", text(100)),
                        optional("phone", Arbitraries.of("13812345678", "+86 21 5555 0101").map(Str::new))).map(o -> o)));
        Arbitrary<Obj> withdrawals = object(member("reason", text(2000)));
        Arbitrary<Tuple.Tuple3<String, String, byte[]>> bodies = Arbitraries.oneOf(
                edited("amendments", amendments), edited("withdrawal", withdrawals));
        return Combinators.combine(targets(), bodies, callers(), Arbitraries.of("application/json", "application/json",
                "text/plain", "multipart/form-data", "application/json;charset=UTF-16"))
                .as((id, body, caller, type) -> new Probe(body.get1(), id, body.get2(), body.get3(), type, caller.get1(),
                        caller.get2()));
    }

    @Provide
    Arbitrary<Probe> uploads() {
        Arbitrary<String> names = Arbitraries.oneOf(hostileText(), Arbitraries.of("bill.png", "../../etc/passwd", "a\r\nb.txt",
                "C:\\\\boot.ini", "", ".", "x".repeat(5000) + ".pdf", "名字.pdf", "a\"b.txt", "a;b.txt"));
        Arbitrary<String> types = Arbitraries.oneOf(Arbitraries.of("image/png", "text/plain", "application/pdf",
                "application/x-msdownload", "text/html", "", "image/png; charset=\"", "*/*", "multipart/mixed"), hostileText());
        Arbitrary<byte[]> contents = Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.just(PNG)),
                Tuple.of(30, Arbitraries.strings().ofMaxLength(500).map(text -> text.getBytes(UTF_8))),
                Tuple.of(30, Arbitraries.bytes().array(byte[].class).ofMaxSize(2000)),
                Tuple.of(10, Arbitraries.just(new byte[0])),
                Tuple.of(10, Arbitraries.of("<html><script>alert(1)</script>", "%PDF-", "MZ\u0090\u0000")
                        .map(text -> text.getBytes(ISO_8859_1))));
        Arbitrary<Tuple.Tuple2<String, byte[]>> multipart = Combinators.combine(Arbitraries.of("file", "file", "file", "files",
                "", "FILE"), names, types, contents, Arbitraries.integers().between(0, 5))
                .as((part, name, type, content, shape) -> Multipart.of(part, name, type, content, shape));
        Arbitrary<Tuple.Tuple2<String, byte[]>> garbage = HostileValues.garbage()
                .map(bytes -> Tuple.of("multipart/form-data; boundary=" + Multipart.BOUNDARY, bytes));
        Arbitrary<Tuple.Tuple2<String, byte[]>> oddTypes = Combinators.combine(Arbitraries.of("multipart/form-data",
                "multipart/form-data; boundary=", "multipart/form-data; boundary=other", "application/octet-stream",
                "image/png"), contents).as(Tuple::of);
        return Combinators.combine(targets(), Arbitraries.frequencyOf(Tuple.of(6, multipart), Tuple.of(1, garbage),
                Tuple.of(1, oddTypes)), callers()).as((id, upload, caller) -> new Probe("upload", id, "evidence",
                upload.get2(), upload.get1(), caller.get1(), caller.get2()));
    }

    /** Hand-written multipart bodies: well-formed, a part of another name or none, cut short, or a boundary never closed. */
    private static final class Multipart {

        static final String BOUNDARY = "hostile-" + UUID.randomUUID();

        static Tuple.Tuple2<String, byte[]> of(String part, String fileName, String type, byte[] content, int shape) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            String header = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\""
                    + (shape == 1 ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                    + (shape == 2 ? "" : "Content-Type: " + type + "\r\n") + "\r\n";
            body.writeBytes(header.getBytes(UTF_8));
            body.writeBytes(content);
            switch (shape) {
                case 3 -> { } // cut short: no closing boundary
                case 4 -> body.writeBytes(("\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part
                        + "\"; filename=\"again\"\r\n\r\nsecond\r\n--" + BOUNDARY + "--\r\n").getBytes(UTF_8));
                default -> body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(UTF_8));
            }
            return Tuple.of("multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
        }
    }

    /** A complaint of the pool, mostly; or one that does not exist, or a hostile id. */
    private static Arbitrary<String> targets() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(POOL)),
                Tuple.of(1, Arbitraries.create(() -> UUID.randomUUID().toString())),
                Tuple.of(1, Arbitraries.oneOf(hostileText(), Arbitraries.of("..", "%", "a;b", "a/../b", "x".repeat(3000)))
                        .filter(id -> !id.isEmpty())));
    }

    /** Who may correct and attach (the unit's agent and coordinator), mostly; or someone of another unit or role. */
    private static Arbitrary<Tuple.Tuple2<Role, String>> callers() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(Tuple.of(Role.INTAKE_AGENT, "SH-PD"), Tuple.of(Role.COORDINATOR, "SH-PD"),
                        Tuple.of(Role.INTAKE_AGENT, "HQ"))),
                Tuple.of(1, Combinators.combine(Arbitraries.of(Role.values()), Arbitraries.of("SH-PD", "GZ-TH", "SH"))
                        .as(Tuple::of)));
    }

    /** The body as a client sends it, or with one member broken, left out, doubled or unknown, or garbage. */
    private static Arbitrary<Tuple.Tuple3<String, String, byte[]>> edited(String step, Arbitrary<Obj> bodies) {
        Arbitrary<HostileJson> values = Arbitraries.frequencyOf(Tuple.of(4, hostileValues()), Tuple.of(2, notJson()),
                Tuple.of(1, nesting()), Tuple.of(2, Arbitraries.of(BLANKS).map(Str::new)),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(1, 6000), Arbitraries.of("a", "字", "💩"))
                        .as((over, unit) -> new Str(cut(unit.repeat(10_000), 2000 + over)))),
                Tuple.of(2, forbidden().map(bad -> new Str("before" + bad + "after"))));
        Arbitrary<Tuple.Tuple3<String, String, byte[]>> broken = bodies.flatMap(body -> {
            Arbitrary<String> fields = Arbitraries.of(body.members().stream().map(Member::key).toList());
            return Arbitraries.oneOf(
                    Arbitraries.just(Tuple.of(step + " as sent", step, bytes(body))),
                    Combinators.combine(fields, values).as((key, value) -> Tuple.of(step + ": " + key + " = "
                            + shown(cut(value.render(), 60)), step, bytes(body.with(key, value)))),
                    fields.map(key -> Tuple.of(step + ": no " + key, step, bytes(body.without(key)))),
                    Combinators.combine(fields, hostileValues()).as((key, value) -> Tuple.of(step + ": twice " + key, step,
                            bytes(body.plus(key, value)))),
                    Combinators.combine(Arbitraries.oneOf(hostileText(), Arbitraries.of("complaintId", "unitCode",
                            "registrationNumber", "__proto__")), hostileValues()).as((key, value) -> Tuple.of(step
                            + ": unknown " + shown(key), step, bytes(body.plus(key, value)))));
        });
        return Arbitraries.frequencyOf(Tuple.of(5, broken),
                Tuple.of(1, HostileValues.garbage().map(bytes -> Tuple.of(step + ": garbage", step, bytes))));
    }

    private static void exchange(Probe probe) throws Exception {
        synchronized (HostileCorrectionsAndEvidenceTest.class) {
            long before = eventsOf(probe.complaintId());
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + probe.path())).timeout(Duration.ofSeconds(60))
                    .header("Authorization", bearer(probe.role(), probe.unit())).header("Content-Type", probe.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(probe.body())).build();
            HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            long appended = eventsOf(probe.complaintId()) - before;
            try {
                Statistics.label("answers").collect(probe.step(), answer.statusCode());
                HostileAnswers.check(answer);
                if (answer.statusCode() < 300) {
                    assertThat(answer.statusCode()).as("the success of a " + probe.step())
                            .isEqualTo(probe.step().equals("evidence") ? 201 : 204);
                } else {
                    assertThat(appended).as("events appended to the complaint by a refusal").isZero();
                }
            } catch (AssertionError failure) {
                throw new AssertionError(failure.getMessage() + "\n" + probe + "  answered " + answer.statusCode() + " "
                        + answer.headers().firstValue("Content-Type").orElse("") + ": " + shown(answer.body())
                        + "\n  events appended: " + appended, failure);
            }
        }
    }

    private static long eventsOf(String complaintId) {
        if (complaintId.indexOf('\u0000') >= 0) {
            return 0; // PostgreSQL holds no text with a NUL: no complaint has such an id
        }
        return jdbc.queryForObject("SELECT count(*) FROM DomainEventEntry WHERE aggregateIdentifier = ?", Long.class,
                complaintId);
    }

    private static String bearer(Role role, String unit) {
        String who = (role == Role.INTAKE_AGENT ? "agent" : role.name().toLowerCase(java.util.Locale.ROOT)) + "."
                + unit.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        return TOKENS.of(who, unit, role.name()).bearer();
    }

    private static byte[] bytes(HostileJson json) {
        return json.render().getBytes(UTF_8);
    }

    @SafeVarargs
    private static Arbitrary<Obj> object(Arbitrary<List<Member>>... members) {
        return Combinators.combine(List.of(members)).as(lists -> new Obj(lists.stream().flatMap(List::stream).toList()));
    }

    private static Arbitrary<List<Member>> member(String key, Arbitrary<? extends HostileJson> value) {
        return value.map(v -> List.of(new Member(key, v)));
    }

    private static Arbitrary<List<Member>> optional(String key, Arbitrary<? extends HostileJson> value) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())), Tuple.of(2, member(key, value)));
    }

    private static Arbitrary<Str> text(int max) {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u9fa5').ofMaxLength(Math.min(max, 300))
                .map(text -> new Str(cut("Text " + text, max)));
    }
}
