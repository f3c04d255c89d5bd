package io.complaints.intake.correction;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The complainant withdraws the complaint; the reason is required. */
public record WithdrawalRequest(
        @Schema(example = "The refund arrived") @NotBlank @Size(max = 2000) String reason) {
}
