package io.complaints.testsupport.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * JSON as the hostile-input tests write it: an object may repeat a key, and a {@link Lit} is written
 * as is: a number as given ({@code 1e400} stays {@code 1e400}), {@code true}, {@code null}, or text
 * that is not JSON at all.
 */
public sealed interface HostileJson {

    HostileJson NULL = new Lit("null");

    record Member(String key, HostileJson value) {
    }

    record Obj(List<Member> members) implements HostileJson {

        public Obj {
            members = List.copyOf(members);
        }

        /** The key given this one value, where it first was (else at the end). */
        public Obj with(String key, HostileJson value) {
            List<Member> result = new ArrayList<>(without(key).members);
            int at = members.stream().map(Member::key).toList().indexOf(key);
            result.add(at < 0 ? result.size() : at, new Member(key, value));
            return new Obj(result);
        }

        public Obj without(String key) {
            return new Obj(members.stream().filter(m -> !m.key().equals(key)).toList());
        }

        /** One more member, whatever keys are there already: a duplicate or an unknown field. */
        public Obj plus(String key, HostileJson value) {
            List<Member> result = new ArrayList<>(members);
            result.add(new Member(key, value));
            return new Obj(result);
        }

        /** Changes the object at the path, made empty where it is missing or not an object. */
        public Obj at(List<String> path, UnaryOperator<Obj> change) {
            if (path.isEmpty()) {
                return change.apply(this);
            }
            HostileJson child = members.stream().filter(m -> m.key().equals(path.getFirst()))
                    .map(Member::value).reduce((first, last) -> last).orElse(NULL);
            Obj object = child instanceof Obj o ? o : new Obj(List.of());
            return with(path.getFirst(), object.at(path.subList(1, path.size()), change));
        }
    }

    record Arr(List<HostileJson> items) implements HostileJson {

        public Arr {
            items = List.copyOf(items);
        }
    }

    record Str(String value) implements HostileJson {
    }

    /** Written as is. */
    record Lit(String text) implements HostileJson {
    }

    default String render() {
        StringBuilder out = new StringBuilder();
        write(this, out);
        return out.toString();
    }

    private static void write(HostileJson value, StringBuilder out) {
        switch (value) {
            case Obj obj -> {
                out.append('{');
                for (int i = 0; i < obj.members().size(); i++) {
                    string(obj.members().get(i).key(), out.append(i == 0 ? "" : ","));
                    write(obj.members().get(i).value(), out.append(':'));
                }
                out.append('}');
            }
            case Arr arr -> {
                out.append('[');
                for (int i = 0; i < arr.items().size(); i++) {
                    write(arr.items().get(i), out.append(i == 0 ? "" : ","));
                }
                out.append(']');
            }
            case Str str -> string(str.value(), out);
            case Lit lit -> out.append(lit.text());
        }
    }

    /** A JSON string: quotes, backslashes, control characters and lone surrogates escaped. */
    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
