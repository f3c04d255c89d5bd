package io.complaints.intake.correction;

import io.complaints.platform.text.HasText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The complainant withdraws the complaint; the reason is required. */
public record WithdrawalRequest(
        @Schema(example = "The refund arrived") @NotNull @HasText @Size(max = 2000) String reason) {
}
