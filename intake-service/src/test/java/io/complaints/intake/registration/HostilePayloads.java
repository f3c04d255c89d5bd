package io.complaints.intake.registration;

import static io.complaints.testsupport.hostile.HostileJson.NULL;
import static io.complaints.testsupport.hostile.HostileValues.BLANKS;
import static io.complaints.testsupport.hostile.HostileValues.cut;
import static io.complaints.testsupport.hostile.HostileValues.forbidden;
import static io.complaints.testsupport.hostile.HostileValues.hostileText;
import static io.complaints.testsupport.hostile.HostileValues.hostileValues;
import static io.complaints.testsupport.hostile.HostileValues.nesting;
import static io.complaints.testsupport.hostile.HostileValues.notJson;
import static io.complaints.testsupport.hostile.HostileValues.shown;
import static io.complaints.intake.registration.RegistrationOracle.Verdict.CREATED;
import static io.complaints.intake.registration.RegistrationOracle.Verdict.EITHER;
import static io.complaints.intake.registration.RegistrationOracle.Verdict.REFUSED;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.PrioritySource;
import io.complaints.testsupport.hostile.HostileJson;
import io.complaints.testsupport.hostile.HostileValues;
import io.complaints.testsupport.hostile.HostileJson.Arr;
import io.complaints.testsupport.hostile.HostileJson.Lit;
import io.complaints.testsupport.hostile.HostileJson.Member;
import io.complaints.testsupport.hostile.HostileJson.Obj;
import io.complaints.testsupport.hostile.HostileJson.Str;
import io.complaints.intake.registration.RegistrationOracle.Verdict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** The requests of {@link HostileRegistrationPayloadsTest}: forms valid and broken, hostile values, garbage, headers. */
final class HostilePayloads {

    /** The organisation units of the sample tree. */
    private static final List<String> UNITS = Who.UNITS;
    /** The text fields, with the longest text each may hold (a phone number: by its pattern). */
    private static final Map<String, Integer> LONGEST = new TreeMap<>(Stream.of("""
            unitCode=32 description=4000 demand=2000 complainedAbout.unitCode=32 complainedAbout.department=100
            complainedAbout.person=100 complainedAbout.productOrService=200 resolvedAtIntake.actionTaken=2000
            complainant.name=100 complainant.organisation=200 complainant.address=500 complainant.phone=20
            complainant.email=254""".split("\\s+")).map(field -> field.split("="))
            .collect(Collectors.toMap(field -> field[0], field -> Integer.valueOf(field[1]))));
    private static final List<String> FIELDS = Stream.concat(LONGEST.keySet().stream(), Stream.of("channel", "category", "level",
            "occurredAt", "complainedAbout", "prioritySources", "groupSize", "resolvedAtIntake", "complainant",
            "complainant.contactConsent")).toList();
    /** Values, as JSON, that break a field's rules whatever else the form holds. */
    private static final List<Edit> BROKEN = """
            unitCode                    "NOWHERE" | "sh-pd" | " SH-PD" | "SH-PD\\u200b" | "ＳＨ" | 42 | true
            complainedAbout.unitCode    "NOWHERE" | "hq" | "" | 0
            channel                     "hotline" | "FAX" | "" | "ＯＴＨＥＲ" | "PHONE_"
            category                    "billing" | "OTHERS" | ""
            level                       null | 0 | 5 | -1 | 2147483647 | 2147483648 | "" | "two" | [2] | {}
            groupSize                   0 | -5 | 100001 | 2147483648 | "many" | [5]
            occurredAt                  "yesterday" | "2023-02-30T00:00:00Z" | "2999-01-01T00:00:00Z" | "+999999999-12-31T23:59Z"
            prioritySources             ["MEDIA","REPEAT_COMPLAINT"] | [null] | ["media"] | "MEDIA" | [[]]
            complainant                 null | "张三" | []
            complainant.phone           "" | "12345" | "abc" | "+86" | "１３８００１３８０００" | "138 0013 8000\\n" | "(010) 1234567"
            complainant.email           "no-at-sign" | "a@" | "@b.cn" | "a@@b.cn" | "a b@c.cn" | "<script>@x.com" | "a@b..cn"
            complainant.contactConsent  "yes" | [true] | {}""".lines().map(line -> line.split("\\s+", 2))
            .flatMap(field -> Stream.of(field[1].split(" \\| ")).map(json -> set(field[0], new Lit(json)))).toList();
    /** Until the body is known: an Idempotency-Key to be made from it. */
    private static final String NEW_KEY = "(new)";

    private HostilePayloads() {
    }

    /** A body, with the verdict that what made it knows. */
    record Body(String kind, byte[] bytes, Verdict verdict) {

        static Body of(String kind, HostileJson json, Verdict verdict) {
            return new Body(kind, json.render().getBytes(UTF_8), verdict);
        }
    }

    /** One request to POST /api/complaints, who sends it, and what it must be answered. */
    record Probe(String kind, byte[] body, Map<String, String> headers, Who who, Verdict expected) {

        static Probe of(Body body, Who who, Map<String, String> headers) {
            Map<String, String> sent = new TreeMap<>(headers);
            // a new key for this body from this caller: another caller's same key is a different request
            String key = UUID.nameUUIDFromBytes((who + "\n" + new String(body.bytes(), ISO_8859_1)).getBytes(ISO_8859_1))
                    .toString();
            boolean newKey = sent.replace(RegistrationOracle.IDEMPOTENCY_KEY, NEW_KEY, key);
            return new Probe(body.kind(), body.bytes(), sent, who,
                    RegistrationOracle.verdict(body.verdict(), RegistrationOracle.headers(sent, newKey), who));
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Probe[" + kind + "], expected " + expected);
            text.append("\n  Authorization: ").append(who);
            headers.forEach((name, value) -> text.append("\n  ").append(name).append(": \"").append(shown(value)).append('"'));
            return text + "\n  body (" + body.length + " bytes, as UTF-8): " + shown(new String(body, UTF_8)) + "\n";
        }
    }

    /** A change to a form, named for the report. */
    record Edit(String name, UnaryOperator<Obj> change) {

        Edit then(Edit next) {
            return new Edit(name + "; " + next.name, form -> next.change.apply(change.apply(form)));
        }
    }

    /** Valid forms from a well-behaved client, signed in as someone who may register them. */
    static Arbitrary<Probe> validRequests() {
        return probes(validBodies(), politeCallers(), politeHeaders());
    }

    /** Broken forms from a well-behaved client. */
    static Arbitrary<Probe> brokenRequests() {
        return probes(brokenBodies(), politeCallers(), politeHeaders());
    }

    /** Forms with hostile values anywhere (still valid or not: the contract leaves it open), and garbage. */
    static Arbitrary<Probe> hostileBodies() {
        Arbitrary<Edit> mutations = Combinators.combine(Arbitraries.of(FIELDS), hostileValues()).as(HostilePayloads::set);
        return probes(Arbitraries.oneOf(edited("mutated", mutations, EITHER), garbage()), politeCallers(),
                politeHeaders());
    }

    /**
     * Any body from any caller: one who may register it, one of another unit or role, a token that is
     * expired, of another issuer or audience, forged, tampered with or unsigned, junk, or none; the key
     * absent, well-formed, junk or new.
     */
    static Arbitrary<Probe> hostileHeaders() {
        Arbitrary<String> keys = Arbitraries.strings().alpha().numeric().withChars("_-").ofMinLength(8).ofMaxLength(100);
        Arbitrary<Map<String, String>> headers = Arbitraries.oneOf(Arbitraries.just(NEW_KEY), hostile(keys, 100))
                .map(HostilePayloads::headers);
        return probes(Arbitraries.oneOf(validBodies(), brokenBodies(), garbage()), hostileCallers(), headers);
    }

    private static Arbitrary<Probe> probes(Arbitrary<Body> bodies, Arbitrary<Who> callers,
                                           Arbitrary<Map<String, String>> headers) {
        return Combinators.combine(bodies, callers, headers).as(Probe::of);
    }

    private static Arbitrary<Body> validBodies() {
        return validForms().map(form -> Body.of("valid form", form, CREATED));
    }

    /** Valid forms with one or two edits, each of which breaks a rule whatever else the form holds. */
    private static Arbitrary<Body> brokenBodies() {
        return edited("broken", breaks(), REFUSED);
    }

    private static Arbitrary<Body> edited(String kind, Arbitrary<Edit> edits, Verdict verdict) {
        return Combinators.combine(validForms(), edits.list().ofMinSize(1).ofMaxSize(2)).as((form, some) -> {
            Edit edit = some.stream().reduce(Edit::then).orElseThrow();
            return Body.of(kind + ": " + edit.name(), edit.change().apply(form), verdict);
        });
    }

    /** Anything but a form. */
    private static Arbitrary<Body> garbage() {
        Arbitrary<String> forms = validForms().map(HostileJson::render);
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000).map(bytes -> new Body("random bytes", bytes, REFUSED)),
                hostileText().map(text -> new Body("text", text.getBytes(UTF_8), REFUSED)),
                hostileValues().map(value -> Body.of("a JSON value", value, REFUSED)),
                Combinators.combine(Arbitraries.integers().between(1, 1200), Arbitraries.of("[", "{\"a\":"))
                        .as((depth, open) -> new Body(depth + " opened", open.repeat(depth).getBytes(UTF_8), REFUSED)),
                Combinators.combine(forms, Arbitraries.doubles().between(0, 1)).as((form, part) ->
                        new Body("form cut short", cut(form, (int) (part * (form.length() - 1))).getBytes(UTF_8), REFUSED)),
                Combinators.combine(forms, Arbitraries.of(" x", "}", "{}", ",", " null", "\u0000", "\uFEFF", "]"))
                        .as((form, tail) -> new Body("form, then " + shown(tail), (form + tail).getBytes(UTF_8), REFUSED)),
                forms.map(form -> new Body("form in an array", ("[" + form + "]").getBytes(UTF_8), REFUSED)),
                // Jackson reads UTF-16 and UTF-32 too: such a body may well be the form
                Combinators.combine(forms, Arbitraries.of("UTF-16", "UTF-16LE", "UTF-32", "ISO-8859-1", "GB18030"))
                        .as((form, charset) -> new Body("form in " + charset, form.getBytes(Charset.forName(charset)), EITHER)));
    }

    private static Arbitrary<Obj> validForms() {
        Arbitrary<Str> units = Arbitraries.of(UNITS).map(Str::new);
        Arbitrary<String> digit = Arbitraries.strings().numeric().ofLength(1);
        Arbitrary<Str> phone = Combinators.combine(Arbitraries.of("", "+"), digit, Arbitraries.strings().numeric().withChars(" -")
                .ofMinLength(5).ofMaxLength(18), digit).as((plus, first, inner, last) -> new Str(plus + first + inner + last));
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(16);
        Arbitrary<Str> email = Combinators.combine(word, Arbitraries.of(".", "_", "+"), word, word)
                .as((name, separator, tag, domain) -> new Str(name + separator + tag + "@" + domain + ".cn"));
        Arbitrary<Arr> prioritySources = Arbitraries.of(PrioritySource.class).filter(p -> p != PrioritySource.REPEAT_COMPLAINT)
                .list().ofMaxSize(8).map(sources -> new Arr(sources.stream().<HostileJson>map(p -> new Str(p.name())).toList()));
        return parts(
                required("unitCode", units),
                required("channel", Arbitraries.of(Channel.class).map(channel -> new Str(channel.name()))),
                required("category", Arbitraries.of(Category.class).map(category -> new Str(category.name()))),
                // a group of 5 or more is major (1); only a minor complaint (4) is resolved at intake
                Arbitraries.integers().between(1, 4).flatMap(level -> parts(required("level", Arbitraries.just(number(level))),
                        optional("groupSize", Arbitraries.integers().between(1, level == 1 ? 100_000 : 4).map(n -> number(n))),
                        level == 4 ? optional("resolvedAtIntake", action()) : Arbitraries.just(List.of()))),
                required("description", text(4000, true)),
                optional("demand", text(2000, false)),
                optional("occurredAt", Arbitraries.longs().between(60, 20L * 365 * 86_400)
                        .map(ago -> new Str(Instant.now().minusSeconds(ago).toString()))),
                optional("complainedAbout", parts(optional("unitCode", units), optional("department", text(100, false)),
                        optional("person", text(100, false)), optional("productOrService", text(200, false))).map(Obj::new)),
                optional("prioritySources", prioritySources),
                required("complainant", parts(required("name", text(100, true)), optional("organisation", text(200, false)),
                        optional("address", text(500, false)), Arbitraries.oneOf(required("phone", phone),
                                required("email", email), parts(required("phone", phone), required("email", email))),
                        optional("contactConsent", Arbitraries.of("true", "false").map(Lit::new))).map(Obj::new)))
                .flatMap(members -> Arbitraries.shuffle(members)).map(Obj::new);
    }

    private static Arbitrary<Obj> action() {
        return required("actionTaken", text(2000, true)).map(Obj::new);
    }

    /** Code points as people type them: ASCII, CJK, Hebrew, Arabic, emoji, combining marks, spaces wide and invisible. */
    private static final Arbitrary<Integer> TYPED = Arbitraries.frequencyOf(
            Tuple.of(30, Arbitraries.integers().between(0x20, 0x7e)),
            Tuple.of(10, Arbitraries.integers().between(0x4e00, 0x9fa5)),
            Tuple.of(4, Arbitraries.integers().between(0x0590, 0x06ff)),
            Tuple.of(3, Arbitraries.integers().between(0x1f300, 0x1faff)),
            Tuple.of(2, Arbitraries.integers().between(0x0300, 0x036f)),
            Tuple.of(3, Arbitraries.of(0x200b, 0x200d, 0x200e, 0x200f, 0xfeff, 0xa0, 0xad, 0x3000, 0x2003, 0x2028, 9, 10, 13)));

    /** Text as people type it, at most {@code max} chars; {@code visible}: beginning with a letter. */
    private static Arbitrary<Str> text(int max, boolean visible) {
        Arbitrary<String> typed = TYPED.list().ofMaxSize(max).map(HostileValues::string);
        Arbitrary<Character> letters = Arbitraries.chars().range('a', 'z').range('\u4e00', '\u9fa5').range('\u05d0', '\u05ea');
        return (visible ? Combinators.combine(letters, typed).as((first, rest) -> first + rest) : typed)
                .map(text -> new Str(cut(text, max)));
    }

    /** Edits each of which makes any form invalid. */
    private static Arbitrary<Edit> breaks() {
        Arbitrary<String> fields = Arbitraries.of(FIELDS);
        Arbitrary<String> texts = Arbitraries.of(List.copyOf(LONGEST.keySet()));
        Arbitrary<String> requiredTexts = Arbitraries.of("unitCode", "description", "complainant.name",
                "resolvedAtIntake.actionTaken");
        List<String> keys = FIELDS.stream().map(HostilePayloads::key).toList();
        Arbitrary<String> unknownKeys = Arbitraries.oneOf(hostileText(), Arbitraries.of("unitcode", "level ", "__proto__",
                "@class", "complaintId", "registrationNumber", "repeatOf", "", "descrip\u200Btion"))
                .filter(key -> !keys.contains(key));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(BROKEN)), Tuple.of(2, Arbitraries.oneOf(
                Arbitraries.oneOf(requiredTexts, Arbitraries.of("channel", "category", "level", "complainant"))
                        .map(path -> new Edit("no " + path, at(path, o -> o.without(key(path))))),
                Arbitraries.of(NULL, new Str(""))
                        .map(none -> set("complainant.phone", NULL).then(set("complainant.email", none))),
                Combinators.combine(Arbitraries.integers().between(5, 100_000), Arbitraries.integers().between(2, 4))
                        .as((size, level) -> set("groupSize", number(size)).then(set("level", number(level)))),
                Combinators.combine(action(), Arbitraries.integers().between(1, 3))
                        .as((action, level) -> set("resolvedAtIntake", action).then(set("level", number(level)))),
                // text too long, blank where it is required, or holding what text may not hold
                Combinators.combine(texts, Arbitraries.integers().between(1, 6000), Arbitraries.of("a", "字", "💩", " x", "\u200B"))
                        .as((path, over, unit) -> set(path, new Str(cut(unit.repeat(10_000), LONGEST.get(path) + 1 + over)))),
                Combinators.combine(requiredTexts, Arbitraries.of(BLANKS)).as((path, blank) -> set(path, new Str(blank))),
                Combinators.combine(texts, text(20, false), forbidden(), text(20, false))
                        .as((path, before, bad, after) -> set(path, new Str(before.value() + bad + after.value()))),
                // anywhere: what is not JSON, an array or object (up to 1100 deep), an unknown member, a member twice
                Combinators.combine(fields, Arbitraries.oneOf(notJson(), nesting())).as(HostilePayloads::set),
                Combinators.combine(Arbitraries.of("", "complainant.", "complainedAbout.", "resolvedAtIntake."), unknownKeys,
                        hostileValues()).as((parent, key, value) -> new Edit("unknown \"" + parent + shown(key) + '"',
                        at(parent + "(unknown)", o -> o.plus(key, value)))),
                Combinators.combine(fields, hostileValues()).as((path, value) ->
                        new Edit("twice " + path, at(path, o -> o.plus(key(path), value).plus(key(path), value)))))));
    }

    /** What a well-behaved client sends: no key or a new one. */
    private static Arbitrary<Map<String, String>> politeHeaders() {
        return Arbitraries.of(true, false).map(key -> headers(key ? NEW_KEY : null));
    }

    /** The headers given but the Authorization (null: not sent). */
    private static Map<String, String> headers(String idempotencyKey) {
        Map<String, String> headers = new TreeMap<>();
        headers.put(RegistrationOracle.IDEMPOTENCY_KEY, idempotencyKey);
        headers.values().removeIf(value -> value == null);
        return headers;
    }

    /** Someone who may register the form: its unit's intake agent, or headquarters'. */
    private static Arbitrary<Who> politeCallers() {
        return Arbitraries.of(Who.Kind.FORM_UNIT_AGENT, Who.Kind.HQ_AGENT).map(Who::of);
    }

    /** Anyone, with any token or none, or any header text at all. */
    private static Arbitrary<Who> hostileCallers() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                hostile(Arbitraries.strings().alpha().numeric().withChars("-._~+/").ofMinLength(1).ofMaxLength(200), 200)
                        .filter(value -> value != null).map(value -> "Bearer " + value),
                hostile(Arbitraries.of("Bearer", "Bearer ", "Basic YWdlbnQuc2hwZDpzZWNyZXQ=", "Bearer a.b.c",
                        "Bearer eyJhbGciOiJub25lIn0.e30.", "Bearer ..", "Negotiate x", "Token agent.shpd"), 200)
                        .filter(value -> value != null));
        return Arbitraries.frequencyOf(
                Tuple.of(3, politeCallers()),
                Tuple.of(2, Arbitraries.integers().between(0, 100).map(pick -> new Who(Who.Kind.OTHER_UNIT_AGENT, pick, null))),
                Tuple.of(1, Arbitraries.just(Who.of(Who.Kind.HANDLER_OF_FORM_UNIT))),
                Tuple.of(4, Arbitraries.of(Who.Kind.NO_TOKEN, Who.Kind.EXPIRED, Who.Kind.OTHER_ISSUER, Who.Kind.OTHER_AUDIENCE,
                        Who.Kind.FORGED, Who.Kind.TAMPERED, Who.Kind.UNSIGNED).map(Who::of)),
                Tuple.of(3, junk.map(value -> new Who(Who.Kind.JUNK, 0, value))));
    }

    /**
     * Absent, well-formed or junk: text as a raw client sends it (its UTF-8 bytes as Latin-1, without what java.net.http
     * refuses), at most 2000 chars: above 8 KB for all headers, Tomcat answers before the application sees the request.
     */
    private static Arbitrary<String> hostile(Arbitrary<String> wellFormed, int longest) {
        Arbitrary<String> junk = Arbitraries.oneOf(hostileText().map(text -> new String(text.getBytes(UTF_8), ISO_8859_1)),
                Arbitraries.strings().alpha().numeric().ofMinLength(longest + 1).ofMaxLength(1000),
                Arbitraries.strings().alpha().numeric().withChars("_-").ofMaxLength(7),
                Arbitraries.of("", " ", "\t", " agent.wang ", " SH-PD", "sh-pd", "-SH", "agent wang", "admin' --", "*"));
        return Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.<String>just(null)), Tuple.of(2, wellFormed),
                Tuple.of(5, junk.map(value -> cut(value.replaceAll("[^\t\\x20-\\x7e\\xa0-\\xff]", ""), 2000))));
    }

    @SafeVarargs
    private static Arbitrary<List<Member>> parts(Arbitrary<List<Member>>... parts) {
        return Combinators.combine(List.of(parts)).as(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private static Arbitrary<List<Member>> required(String key, Arbitrary<? extends HostileJson> value) {
        return value.map(v -> List.of(new Member(key, v)));
    }

    /** Absent, null or given. */
    private static Arbitrary<List<Member>> optional(String key, Arbitrary<? extends HostileJson> value) {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.of())),
                Tuple.of(1, Arbitraries.just(List.of(new Member(key, NULL)))), Tuple.of(5, required(key, value)));
    }

    private static Edit set(String path, HostileJson value) {
        String json = value.render();
        String shown = json.length() <= 70 ? shown(json) : shown(cut(json, 60)) + "...(" + json.length() + " chars)";
        return new Edit(path + " = " + shown, at(path, o -> o.with(key(path), value)));
    }

    /** The change applied to the object that holds the field at {@code path}. */
    private static UnaryOperator<Obj> at(String path, UnaryOperator<Obj> change) {
        List<String> parents = path.contains(".") ? List.of(path.substring(0, path.lastIndexOf('.')).split("\\.")) : List.of();
        return form -> form.at(parents, change);
    }

    private static String key(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static Lit number(int value) {
        return new Lit(String.valueOf(value));
    }
}
