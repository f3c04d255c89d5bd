package io.complaints.handling.cases;

import java.time.LocalDate;

import io.complaints.events.CallbackMethod;
import io.complaints.events.InvalidityReason;
import io.complaints.events.Satisfaction;
import io.complaints.platform.text.HasText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the case commands: their shape is checked here, their meaning by the case. */
final class CaseRequests {

    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final String CODE_RULE = "must be a code: 1-64 letters, digits or . _ -";

    private CaseRequests() {
    }

    record Triage(
            @NotNull @Min(1) @Max(4) Integer level,
            @NotNull @Pattern(regexp = CODE, message = CODE_RULE)
            @Schema(example = "billing") String responsibleDepartment) {
    }

    record Assignment(
            @NotNull @Pattern(regexp = CODE, message = CODE_RULE) @Schema(example = "handler.zhao") String handlerId,
            @HasText @Size(max = 100) @Schema(example = "Zhao Min") String handlerName,
            @NotNull @Pattern(regexp = CODE, message = CODE_RULE) @Schema(example = "metering") String handlerDepartment,
            @HasText @Size(max = 2000) @Schema(description = "why the handler is replaced; required when one is")
            String reason) {
    }

    record Retriage(
            @NotNull @Min(1) @Max(4) Integer level,
            @NotNull @Pattern(regexp = CODE, message = CODE_RULE)
            @Schema(example = "billing") String responsibleDepartment,
            @Schema(description = "true: an invalid complaint is valid after all") Boolean valid,
            @NotNull @HasText @Size(max = 2000) @Schema(example = "the complainant was injured") String reason) {
    }

    record EffectivenessReview(
            @NotNull @Schema(example = "EFFECTIVE") io.complaints.events.EffectivenessReviewed.ReviewOutcome outcome,
            @NotNull @HasText @Size(max = 4000) @Schema(example = "no complaint about estimated readings since")
            String note) {
    }

    record Contact(@HasText @Size(max = 2000) @Schema(example = "called; meter reading agreed for Tuesday") String note) {
    }

    record Findings(
            @NotNull @HasText @Size(max = 4000) @Schema(example = "the September reading was estimated, not read")
            String findings,
            @NotNull @Schema(example = "METER-READING") String causeCode) {
    }

    record Invalidity(
            @NotNull InvalidityReason reason,
            @NotNull @HasText @Size(max = 4000) @Schema(example = "the tariff changed by law on 1 July") String explanation) {
    }

    record Remedy(
            @NotNull @HasText @Size(max = 4000) @Schema(example = "re-read the meter and correct the bill") String measures,
            @NotNull @HasText @Size(max = 100) @Schema(example = "handler.zhao") String responsiblePerson,
            @NotNull @Schema(example = "2026-12-04") LocalDate dueDate,
            @HasText @Size(max = 4000) String correctiveActions,
            @HasText @Size(max = 4000) String preventiveActions,
            @Size(max = 20) java.util.List<@NotNull @jakarta.validation.Valid Action> actions) {
    }

    /** A corrective or preventive action to follow up: what, who, by when. */
    record Action(
            @NotNull io.complaints.events.RemedyAction.ActionKind kind,
            @NotNull @HasText @Size(max = 2000) @Schema(example = "re-train the meter readers") String description,
            @NotNull @Pattern(regexp = CODE, message = CODE_RULE) @Schema(example = "handler.zhao") String owner,
            @NotNull @Schema(example = "2026-12-20") LocalDate dueDate) {
    }

    record ActionCompletion(@NotNull @HasText @Size(max = 2000) @Schema(example = "all readers re-trained") String result) {
    }

    record Approval(@HasText @Size(max = 2000) String comment) {
    }

    record Rejection(@NotNull @HasText @Size(max = 2000) String reason) {
    }

    record Decision(
            @NotNull Boolean accepted,
            @HasText @Size(max = 2000) @Schema(description = "why the complainant declined; required then") String reason) {
    }

    record Execution(@NotNull @HasText @Size(max = 4000) @Schema(example = "bill corrected, late fee refunded")
                     String result) {
    }

    record Callback(
            @NotNull Satisfaction satisfaction,
            @HasText @Size(max = 2000) @Schema(description = "required when dissatisfied: why") String comment,
            @Schema(description = "satisfaction with how soon it was handled") Satisfaction timelinessSatisfaction,
            @Schema(description = "how the complainant was reached") CallbackMethod method) {
    }

    record Escalation(@NotNull @HasText @Size(max = 2000) @Schema(example = "the complainant has called the press")
                      String note) {
    }

    record Pause(@NotNull @HasText @Size(max = 2000) @Schema(example = "waiting for the complainant's invoices")
                 String reason) {
    }
}
