package io.complaints.handling.api;

import static io.complaints.testsupport.hostile.HostileValues.BLANKS;
import static io.complaints.testsupport.hostile.HostileValues.cut;
import static io.complaints.testsupport.hostile.HostileValues.forbidden;
import static io.complaints.testsupport.hostile.HostileValues.hostileText;
import static io.complaints.testsupport.hostile.HostileValues.hostileValues;
import static io.complaints.testsupport.hostile.HostileValues.nesting;
import static io.complaints.testsupport.hostile.HostileValues.notJson;
import static io.complaints.testsupport.hostile.HostileValues.shown;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLEncoder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.complaints.events.CallbackMethod;
import io.complaints.events.InvalidityReason;
import io.complaints.events.RemedyAction;
import io.complaints.events.Satisfaction;
import io.complaints.platform.Role;
import io.complaints.testsupport.hostile.HostileJson;
import io.complaints.testsupport.hostile.HostileJson.Arr;
import io.complaints.testsupport.hostile.HostileJson.Lit;
import io.complaints.testsupport.hostile.HostileJson.Member;
import io.complaints.testsupport.hostile.HostileJson.Obj;
import io.complaints.testsupport.hostile.HostileJson.Str;
import io.complaints.testsupport.hostile.HostileValues;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The requests of {@link HostileCaseCommandsTest}: every step of a case, with its body as a client
 * sends it, then broken or replaced by hostile values, for a case of the pool or no case at all,
 * sent by someone who may take the step or by someone who may not.
 */
final class HostileCaseRequests {

    private static final String CODE_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789._-";

    private HostileCaseRequests() {
    }

    /** A step of a case: its path under the case, who may take it, and its body when it has one. */
    record Step(String path, List<Role> roles, Supplier<Arbitrary<Obj>> body) {

        boolean hasBody() {
            return body != null;
        }
    }

    /** One request: where it goes (the case, or a text in its place), what it carries, who sends it. */
    record Probe(String kind, Step step, String caseKey, String caseId, String actionNumber, byte[] body,
                 String contentType, TestCaller caller) {

        String path() {
            return "/api/cases/" + encoded(caseId) + "/" + step.path().replace("*", encoded(actionNumber));
        }

        @Override
        public String toString() {
            return "Probe[" + kind + "] POST " + path() + " (case " + caseKey + ")\n  caller: " + caller
                    + "\n  Content-Type: " + contentType + "\n  body (" + (body == null ? "none" : body.length + " bytes")
                    + "): " + (body == null ? "" : shown(new String(body, UTF_8))) + "\n";
        }
    }

    /** Who sends a request: a role in a unit, with the department of the sample people. */
    record TestCaller(Role role, String unit) {

        @Override
        public String toString() {
            return CaseDriver.idOf(role, unit) + " (" + role + " of " + unit + ")";
        }
    }

    static final List<Step> STEPS = List.of(
            new Step("triage", List.of(Role.COORDINATOR, Role.HQ_SUPERVISOR), () -> object(
                    member("level", levels()), member("responsibleDepartment", codes()))),
            new Step("retriage", List.of(Role.COORDINATOR, Role.HQ_SUPERVISOR), () -> object(
                    member("level", levels()), member("responsibleDepartment", codes()),
                    optional("valid", Arbitraries.of("true", "false").map(Lit::new)), member("reason", text(2000)))),
            new Step("assignment", List.of(Role.COORDINATOR, Role.HQ_SUPERVISOR), () -> object(
                    member("handlerId", Arbitraries.of("handler.shpd", "handler.zhao").map(Str::new)),
                    optional("handlerName", text(100)), member("handlerDepartment", codes()),
                    optional("reason", text(2000)))),
            new Step("contact", List.of(Role.HANDLER, Role.COORDINATOR), () -> object(optional("note", text(2000)))),
            new Step("findings", List.of(Role.HANDLER, Role.COORDINATOR), () -> object(member("findings", text(4000)),
                    member("causeCode", Arbitraries.of("METER-READING", "DELAY", "BILLING-ERROR").map(Str::new)))),
            new Step("invalidity", List.of(Role.COORDINATOR, Role.HQ_SUPERVISOR), () -> object(
                    member("reason", names(InvalidityReason.values())), member("explanation", text(4000)))),
            new Step("invalidity/explanation", List.of(Role.COORDINATOR, Role.HANDLER, Role.HQ_SUPERVISOR), null),
            new Step("remedies", List.of(Role.HANDLER, Role.COORDINATOR), () -> object(member("measures", text(4000)),
                    member("responsiblePerson", text(100)), member("dueDate", dates()),
                    optional("correctiveActions", text(4000)), optional("preventiveActions", text(4000)),
                    optional("actions", action().list().ofMaxSize(3).map(actions -> new Arr(List.copyOf(actions)))))),
            new Step("actions/*/completion", List.of(Role.HANDLER, Role.COORDINATOR), () -> object(
                    member("result", text(2000)))),
            new Step("remedy/approval", List.of(Role.APPROVER), () -> object(optional("comment", text(2000)))),
            new Step("remedy/rejection", List.of(Role.APPROVER), () -> object(member("reason", text(2000)))),
            new Step("remedy/offer", List.of(Role.HANDLER, Role.COORDINATOR), null),
            new Step("remedy/decision", List.of(Role.HANDLER, Role.COORDINATOR), () -> object(
                    member("accepted", Arbitraries.of("true", "false").map(Lit::new)), optional("reason", text(2000)))),
            new Step("remedy/execution", List.of(Role.HANDLER, Role.COORDINATOR), () -> object(
                    member("result", text(4000)))),
            new Step("callback/instruction", List.of(Role.COORDINATOR, Role.HQ_SUPERVISOR), null),
            new Step("callback", List.of(Role.CALLBACK_AGENT), () -> object(member("satisfaction",
                    names(Satisfaction.values())), optional("comment", text(2000)),
                    optional("timelinessSatisfaction", names(Satisfaction.values())),
                    optional("method", names(CallbackMethod.values())))),
            new Step("escalations", List.of(Role.COORDINATOR, Role.HANDLER, Role.APPROVER, Role.HQ_SUPERVISOR),
                    () -> object(member("note", text(2000)))),
            new Step("takeover", List.of(Role.HQ_SUPERVISOR), null),
            new Step("clock/pause", List.of(Role.COORDINATOR, Role.HANDLER, Role.HQ_SUPERVISOR), () -> object(
                    member("reason", text(2000)))),
            new Step("clock/resume", List.of(Role.COORDINATOR, Role.HANDLER, Role.HQ_SUPERVISOR), null));

    /** Well-formed bodies, each step by someone who may take it, on the pool's cases. */
    static Arbitrary<Probe> wellFormed(Map<String, String> pool) {
        return Arbitraries.of(STEPS).flatMap(step -> Combinators.combine(cases(pool), actionNumbers(false),
                step.hasBody() ? step.body().get().map(HostileJson::render) : Arbitraries.just(""), allowed(step))
                .as((kase, action, body, caller) -> new Probe("well-formed", step, kase.getKey(), kase.getValue(), action,
                        body.isEmpty() ? null : body.getBytes(UTF_8), body.isEmpty() ? null : "application/json",
                        caller)));
    }

    /** A body's member broken, left out, doubled or unknown, or the body replaced by garbage. */
    static Arbitrary<Probe> hostileBodies(Map<String, String> pool) {
        return Arbitraries.of(STEPS).flatMap(step -> Combinators.combine(cases(pool), actionNumbers(false),
                brokenBody(step), allowed(step), Arbitraries.of("application/json", "application/json",
                        "application/json;charset=ISO-8859-1", "text/plain", "application/xml", "multipart/form-data"))
                .as((kase, action, body, caller, type) -> new Probe(body.get1(), step, kase.getKey(), kase.getValue(),
                        action, body.get2(), type, caller)));
    }

    /** Hostile ids and action numbers in the path, and callers of other roles and units. */
    static Arbitrary<Probe> hostileTargets(Map<String, String> pool) {
        Arbitrary<Map.Entry<String, String>> ids = Arbitraries.frequencyOf(
                Tuple.of(2, cases(pool)),
                Tuple.of(1, Arbitraries.create(() -> Map.entry("unknown", UUID.randomUUID().toString()))),
                Tuple.of(3, Arbitraries.oneOf(hostileText(), Arbitraries.of("..", ".", "%", "%2e%2e", "..;", "a;b=c",
                        "a/../b", "a\\b", "*", "\u0000", " ", "x".repeat(5000))).map(id -> Map.entry("hostile id", id))));
        Arbitrary<TestCaller> anyone = Combinators.combine(Arbitraries.of(Role.values()),
                Arbitraries.of("SH-PD", "SH", "HQ", "GZ-TH", "GZ")).as(TestCaller::new);
        return Arbitraries.of(STEPS).flatMap(step -> Combinators.combine(ids, actionNumbers(true),
                step.hasBody() ? step.body().get().map(HostileJson::render) : Arbitraries.just(""),
                Arbitraries.oneOf(allowed(step), anyone))
                .as((kase, action, body, caller) -> new Probe("target", step, kase.getKey(), kase.getValue(), action,
                        body.isEmpty() ? null : body.getBytes(UTF_8), body.isEmpty() ? null : "application/json",
                        caller)));
    }

    private static Arbitrary<Tuple.Tuple2<String, byte[]>> brokenBody(Step step) {
        Arbitrary<Tuple.Tuple2<String, byte[]>> garbage = HostileValues.garbage().map(bytes -> Tuple.of("garbage", bytes));
        if (!step.hasBody()) {
            return garbage;
        }
        Arbitrary<Obj> bodies = step.body().get();
        Arbitrary<HostileJson> values = Arbitraries.frequencyOf(Tuple.of(4, hostileValues()), Tuple.of(2, notJson()),
                Tuple.of(1, nesting()), Tuple.of(2, Arbitraries.of(BLANKS).map(Str::new)),
                Tuple.of(2, Combinators.combine(Arbitraries.integers().between(1, 6000), Arbitraries.of("a", "字", "💩"))
                        .as((over, unit) -> new Str(cut(unit.repeat(10_000), 2000 + over)))),
                Tuple.of(2, forbidden().map(bad -> new Str("before" + bad + "after"))));
        Arbitrary<Tuple.Tuple2<String, byte[]>> edited = bodies.flatMap(body -> {
            List<String> keys = body.members().stream().map(Member::key).toList();
            Arbitrary<String> fields = keys.isEmpty() ? Arbitraries.just("note") : Arbitraries.of(keys);
            return Arbitraries.oneOf(
                    Combinators.combine(fields, values).as((key, value) -> edit(key + " = " + shortly(value),
                            body.with(key, value))),
                    fields.map(key -> edit("no " + key, body.without(key))),
                    Combinators.combine(fields, hostileValues()).as((key, value) -> edit("twice " + key,
                            body.plus(key, value))),
                    Combinators.combine(Arbitraries.oneOf(hostileText(), Arbitraries.of("__proto__", "@class", "caseId",
                            "status", "")), hostileValues()).as((key, value) -> edit("unknown " + shown(key),
                            body.plus(key, value))));
        });
        return Arbitraries.frequencyOf(Tuple.of(4, edited), Tuple.of(1, garbage));
    }

    private static Tuple.Tuple2<String, byte[]> edit(String name, Obj body) {
        return Tuple.of(name, body.render().getBytes(UTF_8));
    }

    private static String shortly(HostileJson value) {
        String json = value.render();
        return json.length() <= 70 ? shown(json) : shown(cut(json, 60)) + "...(" + json.length() + " chars)";
    }

    private static Arbitrary<Map.Entry<String, String>> cases(Map<String, String> pool) {
        return Arbitraries.of(List.copyOf(pool.entrySet()));
    }

    /** The action of a remedy the step names, in the path: one that exists or not; with {@code hostile}, anything. */
    private static Arbitrary<String> actionNumbers(boolean hostile) {
        Arbitrary<String> numbers = Arbitraries.of("1", "1", "2", "0");
        return hostile ? Arbitraries.oneOf(numbers, Arbitraries.of("-1", "2147483648", "1.5", "1e3", "abc", "", " 1",
                "0x1", "٣"), hostileText()) : numbers;
    }

    /** Someone who may take the step, in the unit of the pool's cases or the one that role works in above it. */
    private static Arbitrary<TestCaller> allowed(Step step) {
        return Arbitraries.of(step.roles()).map(role -> new TestCaller(role, switch (role) {
            case APPROVER -> "SH";
            case HQ_SUPERVISOR -> "HQ";
            default -> "SH-PD";
        }));
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, UTF_8).replace("+", "%20");
    }

    @SafeVarargs
    private static Arbitrary<Obj> object(Arbitrary<List<Member>>... members) {
        return Combinators.combine(List.of(members)).as(lists -> new Obj(lists.stream().flatMap(List::stream).toList()));
    }

    private static Arbitrary<List<Member>> member(String key, Arbitrary<? extends HostileJson> value) {
        return value.map(v -> List.of(new Member(key, v)));
    }

    /** Absent, null or given. */
    private static Arbitrary<List<Member>> optional(String key, Arbitrary<? extends HostileJson> value) {
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.just(List.of())),
                Tuple.of(1, Arbitraries.just(List.of(new Member(key, HostileJson.NULL)))), Tuple.of(4, member(key, value)));
    }

    private static Arbitrary<HostileJson> levels() {
        return Arbitraries.integers().between(1, 4).map(level -> new Lit(String.valueOf(level)));
    }

    private static Arbitrary<Str> codes() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("billing", "metering", "sales").map(Str::new)),
                Tuple.of(1, Arbitraries.strings().withChars(CODE_CHARS).ofMinLength(1).ofMaxLength(63)
                        .map(code -> new Str("x" + code))));
    }

    private static Arbitrary<Str> text(int max) {
        Arbitrary<String> typed = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u4e00', '\u9fa5')
                .ofMaxLength(Math.min(max, 300));
        return typed.map(text -> new Str(cut("Text " + text, max)));
    }

    private static Arbitrary<Str> dates() {
        return Arbitraries.integers().between(-30, 400).map(days -> new Str(LocalDate.now().plusDays(days).toString()));
    }

    private static Arbitrary<Str> names(Enum<?>[] values) {
        return Arbitraries.of(values).map(value -> new Str(value.name()));
    }

    private static Arbitrary<HostileJson> action() {
        return object(member("kind", names(RemedyAction.ActionKind.values())), member("description", text(2000)),
                member("owner", Arbitraries.of("handler.shpd", "coordinator.shpd").map(Str::new)),
                member("dueDate", dates())).map(HostileJson.class::cast);
    }
}
