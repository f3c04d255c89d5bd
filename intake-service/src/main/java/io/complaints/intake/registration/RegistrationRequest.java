package io.complaints.intake.registration;

import java.time.Instant;
import java.util.Set;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.PrioritySource;
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

/**
 * The registration form (投诉登记表) as it arrives over HTTP; shape only, the aggregate decides the rest.
 *
 * @param unitCode         the receiving unit
 * @param prioritySources  why it is handled with priority, if it is
 * @param groupSize        number of complainants on this matter; 1 when absent
 * @param resolvedAtIntake for a minor complaint settled on the spot: what was done
 */
public record RegistrationRequest(
        @Schema(example = "SH-PD") @NotNull @HasText @Size(max = 32) String unitCode,
        @Schema(example = "HOTLINE") @NotNull Channel channel,
        @Schema(example = "BILLING") @NotNull Category category,
        @Schema(example = "2") @NotNull @Min(1) @Max(4) Integer level,
        @Schema(example = "Billed twice for October") @NotNull @HasText @Size(max = 4000) String description,
        @Schema(example = "Refund the second charge") @Size(max = 2000) String demand,
        @Schema(example = "2023-09-30T08:00:00Z") @PastOrPresent Instant occurredAt,
        @Valid ComplainedAboutRequest complainedAbout,
        Set<@NotNull PrioritySource> prioritySources,
        @Schema(example = "1") @Min(1) @Max(100_000) Integer groupSize,
        @Valid ResolvedAtIntakeRequest resolvedAtIntake,
        @NotNull @Valid ComplainantRequest complainant) {

    /** Phone numbers: digits with an optional leading + and inner spaces or dashes, 7 to 20 long. */
    public static final String PHONE = "\\+?[0-9][0-9 -]{5,18}[0-9]";

    public record ComplainantRequest(
            @Schema(example = "张三") @NotNull @HasText @Size(max = 100) String name,
            @Size(max = 200) String organisation,
            @Size(max = 500) String address,
            @Schema(example = "13812345678")
            @Pattern(regexp = PHONE, message = "must be a phone number (digits, optional +, spaces or -)") String phone,
            @Schema(example = "zhang.san@example.com") @Email @Size(max = 254) String email,
            @Schema(description = "agrees to be contacted (e.g. an acknowledgement)") Boolean contactConsent) {

        @Override
        public String toString() {
            return "ComplainantRequest[personal data]";
        }
    }

    public record ComplainedAboutRequest(
            @Size(max = 32) String unitCode,
            @Size(max = 100) String department,
            @Size(max = 100) String person,
            @Size(max = 200) String productOrService) {
    }

    public record ResolvedAtIntakeRequest(@NotNull @HasText @Size(max = 2000) String actionTaken) {
    }
}
