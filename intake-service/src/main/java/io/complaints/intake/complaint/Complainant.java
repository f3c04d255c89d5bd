package io.complaints.intake.complaint;

import java.util.Locale;

/**
 * The complainant and their contact: personal data (保密). It stays in intake-service, whose event
 * store is the one store of it; integration events carry {@link #masked()} values only, and it is
 * never logged (its text form hides it).
 *
 * @param contactConsent the complainant agreed to be contacted by the channels they gave
 */
public record Complainant(String name, String organisation, String address, String phone, String email,
                          boolean contactConsent) {

    /** The same complainant with each text of the contact replaced by {@code text} of it. */
    public Complainant withPersonalData(java.util.function.UnaryOperator<String> text) {
        return new Complainant(text.apply(name), text.apply(organisation), text.apply(address), text.apply(phone),
                text.apply(email), contactConsent);
    }

    public boolean reachable() {
        return phone != null || email != null;
    }

    /** The contact as others may see it: {@code 张*}, {@code 138****5678}, {@code z***@example.com}. */
    public Masked masked() {
        return new Masked(maskName(name), maskPhone(phone), maskEmail(email));
    }

    @Override
    public String toString() {
        return "Complainant[personal data]";
    }

    public record Masked(String name, String phone, String email) {
    }

    static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int first = trimmed.codePointAt(0);
        int length = trimmed.codePointCount(0, trimmed.length());
        return new String(Character.toChars(first)) + "*".repeat(Math.max(1, length - 1));
    }

    static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() > 11) { // with a country code: mask the national number
            digits = digits.substring(digits.length() - 11);
        }
        if (digits.length() == 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        int visible = Math.min(2, digits.length());
        return "*".repeat(digits.length() - visible) + digits.substring(digits.length() - visible);
    }

    static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        if (at < 1) {
            return "***";
        }
        return email.substring(0, 1) + "***" + email.substring(at).toLowerCase(Locale.ROOT);
    }
}
