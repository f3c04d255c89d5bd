package io.complaints.platform.text;

/**
 * What counts as text in a complaint: no control characters, no bidirectional overrides, and
 * "blank" judged by Unicode (ideographic and other wide spaces, zero-width characters), not by
 * ASCII only.
 */
public final class Texts {

    private Texts() {
    }

    /** True when the value has at least one visible character. */
    public static boolean hasText(String value) {
        return value != null && value.codePoints().anyMatch(c -> !invisible(c));
    }

    /** The value without invisible characters at either end; {@code null} when nothing visible is left. */
    public static String clean(String value) {
        if (!hasText(value)) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (invisible(value.codePointAt(start))) {
            start += Character.charCount(value.codePointAt(start));
        }
        while (invisible(value.codePointBefore(end))) {
            end -= Character.charCount(value.codePointBefore(end));
        }
        return value.substring(start, end);
    }

    /**
     * The first character that text may not hold: C0 and C1 control characters (tab and line breaks
     * allowed) and the bidirectional overrides that make text read differently from what it holds;
     * -1 when there is none.
     */
    public static int firstForbidden(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !lineBreakOrTab || c >= 0x202A && c <= 0x202E
                    || c >= 0x2066 && c <= 0x2069) {
                return i;
            }
        }
        return -1;
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
