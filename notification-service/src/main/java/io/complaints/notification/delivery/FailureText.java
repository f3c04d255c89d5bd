package io.complaints.notification.delivery;

import java.util.regex.Pattern;

/**
 * Describes an exception for the delivery log without personal data: mail servers and HTTP clients
 * like to quote addresses and URLs in their messages, so those are blanked.
 */
public final class FailureText {

    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'@,;:()]+@[^\\s<>\"',;:()]+");
    private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://\\S+");
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d -]{6,}\\d");
    private static final int LIMIT = 300;

    private FailureText() {
    }

    /** The innermost cause's type and its message, with addresses, URLs and long numbers blanked. */
    public static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + scrub(root.getMessage());
        String text = root.getClass().getSimpleName() + message;
        return text.length() > LIMIT ? text.substring(0, LIMIT) + "…" : text;
    }

    public static String scrub(String text) {
        String scrubbed = URL.matcher(text).replaceAll("<url>");
        scrubbed = EMAIL.matcher(scrubbed).replaceAll("<address>");
        return NUMBER.matcher(scrubbed).replaceAll("<number>").replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
