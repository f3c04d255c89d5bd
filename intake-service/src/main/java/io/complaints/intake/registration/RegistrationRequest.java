package io.complaints.intake.registration;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The registration form as it arrives over HTTP; shape only, the aggregate decides the rest. */
public record RegistrationRequest(
        @NotBlank @Size(max = 32) String unitCode,
        @NotNull Channel channel,
        @NotNull Category category,
        @NotNull @Min(1) @Max(4) Integer level,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Valid ComplainantRequest complainant) {

    /** Phone numbers: digits with an optional leading + and inner spaces or dashes, 7 to 20 long. */
    public static final String PHONE = "\\+?[0-9][0-9 -]{5,18}[0-9]";

    public record ComplainantRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Pattern(regexp = PHONE, message = "must be a phone number (digits, optional +, spaces or -)")
            String phone) {

        @Override
        public String toString() {
            return "ComplainantRequest[personal data]";
        }
    }
}
