package io.complaints.events;

/**
 * The complainant as other services see them: a reference into intake-service, the one store of
 * complainants' personal data, and masked contact details fit for display. Never the full contact:
 * intake's authorised endpoint gives it to those who must call back.
 *
 * @param reference      opaque id; intake's authorised endpoint resolves it to the full contact
 * @param maskedName     e.g. {@code 张*}
 * @param maskedPhone    e.g. {@code 138****5678}, or null
 * @param maskedEmail    e.g. {@code z***@example.com}, or null
 * @param contactConsent the complainant agreed to be contacted (e.g. an acknowledgement)
 */
public record ComplainantRef(String reference, String maskedName, String maskedPhone, String maskedEmail,
                             boolean contactConsent) {
}
