package io.complaints.events;

/**
 * The complainant as other services see them: a reference into intake-service, the one store of
 * complainants' personal data, and masked contact details fit for display. Never the full contact.
 *
 * @param reference   opaque id; intake's authorised endpoint resolves it to the full contact
 * @param maskedName  e.g. {@code 张*}
 * @param maskedPhone e.g. {@code 138****5678}
 */
public record ComplainantRef(String reference, String maskedName, String maskedPhone) {
}
