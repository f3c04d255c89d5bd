package io.complaints.intake.portal;

import java.time.Instant;

import io.complaints.events.Category;
import io.complaints.events.Satisfaction;
import io.complaints.intake.registration.RegistrationRequest;
import io.complaints.platform.text.HasText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the portal's pages send; shape only, the complaint decides the rest. */
final class PortalRequests {

    private PortalRequests() {
    }

    record EmailCodeRequest(@Schema(example = "zhang.san@example.com") @NotNull @Email @HasText @Size(max = 254) String email) {

        @Override
        public String toString() {
            return "EmailCodeRequest[personal data]";
        }
    }

    /** The complaint as the complainant files it; its level is the branch's to confirm at triage. */
    record Filing(
            @Schema(example = "SH-PD") @NotNull @HasText @Size(max = 32) String unitCode,
            @Schema(example = "BILLING") @NotNull Category category,
            @NotNull @HasText @Size(max = 4000) String description,
            @Size(max = 2000) String demand,
            @PastOrPresent Instant occurredAt,
            @Size(max = 200) String productOrService,
            @NotNull @Valid Contact complainant,
            @Schema(example = "123456") @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be the 6 digits e-mailed")
            String emailCode) {
    }

    /** The complainant's contact: the e-mail is the one the code was sent to. */
    record Contact(
            @NotNull @HasText @Size(max = 100) String name,
            @Size(max = 500) String address,
            @Pattern(regexp = RegistrationRequest.PHONE, message = "must be a phone number (digits, optional +, spaces or -)")
            String phone,
            @NotNull @Email @HasText @Size(max = 254) String email,
            @NotNull @AssertTrue(message = "must agree to be contacted about the complaint") Boolean contactConsent) {

        @Override
        public String toString() {
            return "Contact[personal data]";
        }
    }

    record SessionRequest(@Schema(example = "SH-PD-2023100102") @NotNull @HasText @Size(max = 64) String registrationNumber,
                          @NotNull @HasText @Size(max = 64) String trackingCode) {

        @Override
        public String toString() {
            return "SessionRequest[secret]";
        }
    }

    record Withdrawal(@NotNull @HasText @Size(max = 2000) String reason) {
    }

    record Information(@NotNull @HasText @Size(max = 2000) String text) {
    }

    record Decision(@NotNull Boolean accepted, @Size(max = 2000) String reason) {
    }

    record CallbackAnswer(@NotNull Satisfaction satisfaction, Satisfaction timelinessSatisfaction,
                          @Size(max = 2000) String comment) {
    }
}
