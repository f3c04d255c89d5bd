package io.complaints.events;

/**
 * The complainant rejected the remedy; a new one is to be proposed.
 *
 * @param declinedSoFar how many remedies of this case the complainant has rejected, this one included
 */
public record RemedyDeclined(String complaintId, int remedyNumber, String reason, int declinedSoFar) {
}
