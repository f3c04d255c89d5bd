package io.complaints.events;

import java.time.Instant;

/**
 * The complainant's personal data was erased at intake (PIPL 个人信息保护法, GDPR): their contact and the
 * texts they wrote, wherever they were published sealed, no longer open. The complaint, its case and its
 * figures stay. Carries no personal data (not even the reason, which stays in intake's record).
 *
 * @param erasedBy the coordinator or HQ supervisor who erased it
 */
public record ComplainantErased(
        String complaintId,
        String registrationNumber,
        String complainantReference,
        Instant erasedAt,
        String erasedBy) {
}
