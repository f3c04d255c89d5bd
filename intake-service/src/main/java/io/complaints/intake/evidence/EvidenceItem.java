package io.complaints.intake.evidence;

import java.time.Instant;

/**
 * One evidence file of a complaint as listed: everything but the bytes.
 *
 * @param sha256 lower-case hex SHA-256 of the bytes
 */
public record EvidenceItem(String evidenceId, String fileName, String contentType, long size, String sha256,
                           Instant uploadedAt, String uploadedBy, String uploaderUnit) {

    /** Without the file name: it may be personal data. */
    @Override
    public String toString() {
        return "EvidenceItem[evidenceId=" + evidenceId + ", contentType=" + contentType + ", size=" + size + "]";
    }
}
