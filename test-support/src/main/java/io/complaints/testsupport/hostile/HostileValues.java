package io.complaints.testsupport.hostile;

import java.util.List;
import java.util.stream.Collectors;

import io.complaints.testsupport.hostile.HostileJson.Arr;
import io.complaints.testsupport.hostile.HostileJson.Lit;
import io.complaints.testsupport.hostile.HostileJson.Member;
import io.complaints.testsupport.hostile.HostileJson.Obj;
import io.complaints.testsupport.hostile.HostileJson.Str;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * What a hostile client puts where a value belongs: text of any code points, injections and odd
 * Unicode, blanks, numbers beyond every range, JSON that is not JSON, nesting deeper than a parser
 * reads; and how to show such text in a failure report.
 */
public final class HostileValues {

    /** Blank text, also where only Unicode calls it blank. */
    public static final List<String> BLANKS = List.of("", " ", "\t\n\r\n", "\u3000", "\u2003\u200A", "\u00A0",
            "\u200B\u200D", "\uFEFF", "\u2028", "\u1680", "\u00AD");

    private HostileValues() {
    }

    /** Any JSON value a hostile client may send: text, numbers, literals, deep nesting. */
    public static Arbitrary<HostileJson> hostileValues() {
        return Arbitraries.frequencyOf(Tuple.of(5, hostileText().map(Str::new)), Tuple.of(3, numbers()),
                Tuple.of(1, Arbitraries.of("true", "false", "null", "[]", "{}").map(Lit::new)), Tuple.of(2, nesting()));
    }

    /** Numbers JSON allows that no Java number holds, or that are nearly whole, and any int or double. */
    public static Arbitrary<HostileJson> numbers() {
        return Arbitraries.oneOf(Arbitraries.of("-0", "1e400", "-1e400", "1e-400", "1E2", "4.0e0", "1.5", "0.99999999999999999",
                        "2147483648", "-9223372036854775809", "123456789012345678901234567890.5"),
                Arbitraries.integers().map(String::valueOf), Arbitraries.doubles().map(String::valueOf)).map(Lit::new);
    }

    /** Text that is not JSON, where a value belongs. */
    public static Arbitrary<HostileJson> notJson() {
        return Arbitraries.of("", "NaN", "undefined", "01", "+1", ".5", "'single'", "tru", "[1,]", "\"unterminated", "/* c */ 1",
                "1 2", "\"\\x41\"", "\"tab\there\"", "{", "\u00A0", "\uFEFF1").map(Lit::new);
    }

    /** "x" in arrays or objects, or both in turn, up to 1100 deep: deeper than Jackson reads. */
    public static Arbitrary<HostileJson> nesting() {
        Arbitrary<Integer> depths = Arbitraries.integers().between(1, 1100).withDistribution(RandomDistribution.uniform());
        return Combinators.combine(depths, Arbitraries.integers().between(0, 2)).as((depth, shape) -> {
            HostileJson value = new Str("x");
            for (int i = 0; i < depth; i++) {
                boolean array = shape == 0 || shape == 2 && i % 2 == 0;
                value = array ? new Arr(List.of(value)) : new Obj(List.of(new Member("a", value)));
            }
            return value;
        });
    }

    /** Any code points (control characters often); injections and odd Unicode; nearly valid values; blanks. */
    public static Arbitrary<String> hostileText() {
        Arbitrary<Integer> codePoints = Arbitraries.oneOf(Arbitraries.integers().between(0, Character.MAX_CODE_POINT),
                Arbitraries.integers().between(0, 0x9f));
        return Arbitraries.frequencyOf(Tuple.of(6, codePoints.list().ofMaxSize(40).map(HostileValues::string)),
                Tuple.of(4, Arbitraries.of("' OR '1'='1", "'; DROP TABLE complaint_register; --", "${jndi:ldap://127.0.0.1/a}",
                        "<script>alert(1)</script>", "\r\nX-Injected: yes", "%s%n", "a\u0000b", "👨‍👩‍👧‍👦", "\uD83D",
                        "\uDCA9\uD83D", "\u202Egnp.exe", "\u2066isolate\u2069", "مرحبا", "Z\u0335\u0321\u031B", "\uFFFE",
                        "𝕳𝖊𝖑𝖑𝖔", "\u001B[31m")),
                Tuple.of(2, Arbitraries.of("sh-pd", "SH-PD ", "HQ\n", "hotline", "REPEAT_COMPLAINT", "0", "-1", "null", "[]")),
                Tuple.of(1, Arbitraries.of(BLANKS)));
    }

    /** Control characters but tab and line breaks; bidirectional overrides and isolates. */
    public static Arbitrary<Character> forbidden() {
        return Arbitraries.chars().range('\u0000', '\u0008').range('\u000e', '\u001f').range('\u007f', '\u009f')
                .range('\u202a', '\u202e').range('\u2066', '\u2069').with('\u000b', '\u000c');
    }

    /** A body that is not the JSON object expected: random bytes, text, another JSON value, an opened nest. */
    public static Arbitrary<byte[]> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
                hostileText().map(text -> text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                hostileValues().map(value -> value.render().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Combinators.combine(Arbitraries.integers().between(1, 1200), Arbitraries.of("[", "{\"a\":"))
                        .as((depth, open) -> open.repeat(depth).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The text of these code points. */
    public static String string(List<Integer> codePoints) {
        return codePoints.stream().map(Character::toString).collect(Collectors.joining());
    }

    /** At most {@code max} chars, not ending in half a surrogate pair. */
    public static String cut(String text, int max) {
        boolean halfAPair = max > 0 && max < text.length() && Character.isHighSurrogate(text.charAt(max - 1));
        return text.length() <= max ? text : text.substring(0, halfAPair ? max - 1 : max);
    }

    /** Printable ASCII, letters and digits as they are, the rest as Java escapes; shortened in the middle when long. */
    public static String shown(String value) {
        String shown = value.codePoints().mapToObj(c -> c == '\\' ? "\\\\" : c >= ' ' && c < 0x7f || Character.isLetterOrDigit(c)
                ? Character.toString(c) : String.format("\\u%04x", c)).collect(Collectors.joining());
        return shown.length() <= 1000 ? shown
                : shown.substring(0, 700) + "...(" + (shown.length() - 900) + " more)..." + shown.substring(shown.length() - 200);
    }
}
