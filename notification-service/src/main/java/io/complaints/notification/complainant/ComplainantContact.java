package io.complaints.notification.complainant;

/**
 * The part of a complainant's contact a notification needs, as intake gives it at send time. Held in
 * memory while one e-mail is sent, never stored or logged.
 */
public record ComplainantContact(String email, boolean contactConsent) {

    public boolean reachableByEmail() {
        return contactConsent && email != null && !email.isBlank();
    }

    @Override
    public String toString() {
        return "ComplainantContact[personal data]";
    }
}
