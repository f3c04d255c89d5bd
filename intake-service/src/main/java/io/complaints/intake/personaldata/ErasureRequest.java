package io.complaints.intake.personaldata;

import io.complaints.platform.text.HasText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Why the complainant's personal data is erased; required, and recorded (write no personal data in it). */
public record ErasureRequest(
        @Schema(example = "Complainant's request under PIPL art. 47, received 2026-12-01 by letter")
        @NotNull @HasText @Size(max = 2000) String reason) {
}
