package io.complaints.intake.register;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.PrioritySource;

/**
 * A complaint as intake shows it: every registered fact, its status and corrections, and the
 * complainant's contact masked. The full contact is given only by the authorised contact endpoint.
 */
@JsonIgnoreProperties(value = "erased", allowGetters = true)
public record ComplaintView(
        String complaintId,
        String registrationNumber,
        String unitCode,
        List<String> unitPath,
        Status status,
        Channel channel,
        Category category,
        int level,
        boolean priority,
        List<PrioritySource> prioritySources,
        String description,
        String demand,
        Instant occurredAt,
        ComplainedAboutView complainedAbout,
        int groupSize,
        String resolvedAtIntake,
        LinkView repeatOf,
        ComplainantView complainant,
        Instant receivedAt,
        String receivedBy,
        int amendments,
        Instant lastAmendedAt,
        WithdrawalView withdrawal,
        ErasureView erasure) {

    /** Whether the complainant's personal data was erased: their contact and texts are then null. */
    @JsonProperty("erased")
    public boolean erased() {
        return erasure != null;
    }

    public enum Status { REGISTERED, WITHDRAWN }

    public record ComplainedAboutView(String unitCode, String department, String person, String productOrService) {
    }

    public record LinkView(String complaintId, String registrationNumber) {
    }

    public record ComplainantView(String reference, String maskedName, String maskedPhone, String maskedEmail,
                                  boolean contactConsent) {
    }

    public record WithdrawalView(String reason, Instant withdrawnAt, String withdrawnBy) {
    }

    /** When, by whom and why the complainant's personal data was erased. */
    public record ErasureView(Instant erasedAt, String erasedBy, String reason) {
    }
}
