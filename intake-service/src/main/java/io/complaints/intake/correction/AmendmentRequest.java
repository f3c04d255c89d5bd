package io.complaints.intake.correction;

import java.time.Instant;
import java.util.Set;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.PrioritySource;
import io.complaints.intake.registration.RegistrationRequest;
import io.complaints.platform.text.HasText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A correction: the facts to change (absent ones stay as they are) and the reason, which is required. */
public record AmendmentRequest(
        @Schema(example = "The customer called back: it was the gas bill, not the water bill")
        @NotNull @HasText @Size(max = 2000) String reason,
        Channel channel,
        Category category,
        @Min(1) @Max(4) Integer level,
        @HasText @Size(max = 4000) String description,
        @Size(max = 2000) String demand,
        @PastOrPresent Instant occurredAt,
        @Valid RegistrationRequest.ComplainedAboutRequest complainedAbout,
        Set<@NotNull PrioritySource> prioritySources,
        @Min(1) @Max(100_000) Integer groupSize,
        @Valid ComplainantCorrection complainant) {

    public record ComplainantCorrection(
            @HasText @Size(max = 100) String name,
            @Size(max = 200) String organisation,
            @Size(max = 500) String address,
            @Pattern(regexp = RegistrationRequest.PHONE, message = "must be a phone number (digits, optional +, spaces or -)")
            String phone,
            @Email @Size(max = 254) String email,
            Boolean contactConsent) {

        @Override
        public String toString() {
            return "ComplainantCorrection[personal data]";
        }
    }
}
