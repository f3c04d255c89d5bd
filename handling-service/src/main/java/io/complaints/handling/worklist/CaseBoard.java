package io.complaints.handling.worklist;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.EffectivenessReviewDue;
import io.complaints.events.EffectivenessReviewed;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyRejected;
import io.complaints.events.TimeLimit;
import io.complaints.handling.cases.CaseOpened;
import io.complaints.handling.cases.IntakeFactsAmended;
import io.complaints.events.CaseStatus;

/**
 * Where every case stands, for the work lists and the case view. Subscribing: it is written in the
 * transaction of the command that changed the case, so a list read right after the answer shows it.
 */
@Component
@ProcessingGroup(CaseBoard.PROCESSING_GROUP)
class CaseBoard {

    static final String PROCESSING_GROUP = "case-board";
    private static final TypeReference<Map<TimeLimit, Instant>> DEADLINES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CaseBoard(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CaseOpened opened, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO case_board (case_id, registration_number, unit_code, unit_path, holder_unit, level,
                    priority, status, opened_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (case_id) DO NOTHING""",
                opened.caseId(), opened.registrationNumber(), opened.unit().code(), path(opened.unit().path()),
                opened.unit().code(), opened.level(), !opened.prioritySources().isEmpty(),
                CaseStatus.AWAITING_TRIAGE.name(), ts(opened.openedAt()), ts(at));
    }

    @EventHandler
    void on(CaseTriaged triaged, @Timestamp Instant at) {
        set(triaged.complaintId(), at, "status = ?, level = ?, responsible_department = ?",
                triaged.status().name(), triaged.level(), triaged.responsibleDepartment());
    }

    @EventHandler
    void on(CaseRetriaged retriaged, @Timestamp Instant at) {
        set(retriaged.complaintId(), at, "status = ?, level = ?, responsible_department = ?",
                retriaged.status().name(), retriaged.level(), retriaged.responsibleDepartment());
    }

    @EventHandler
    void on(IntakeFactsAmended amended, @Timestamp Instant at) {
        set(amended.caseId(), at, "level = ?, priority = ?", amended.level(), !amended.prioritySources().isEmpty());
    }

    @EventHandler
    void on(HandlerAssigned assigned, @Timestamp Instant at) {
        set(assigned.complaintId(), at, "handler_id = ?", assigned.handlerId());
    }

    @EventHandler
    void on(CaseMarkedInvalid invalid, @Timestamp Instant at) {
        status(invalid.complaintId(), at, invalid.status());
    }

    @EventHandler
    void on(RemedyProposed proposed, @Timestamp Instant at) {
        set(proposed.complaintId(), at, "status = ?, remedy_number = ?",
                proposed.status().name(),
                proposed.remedyNumber());
    }

    @EventHandler
    void on(RemedyApproved approved, @Timestamp Instant at) {
        status(approved.complaintId(), at, approved.status());
    }

    @EventHandler
    void on(RemedyRejected rejected, @Timestamp Instant at) {
        status(rejected.complaintId(), at, rejected.status());
    }

    @EventHandler
    void on(RemedyOffered offered, @Timestamp Instant at) {
        status(offered.complaintId(), at, offered.status());
    }

    @EventHandler
    void on(RemedyAccepted accepted, @Timestamp Instant at) {
        status(accepted.complaintId(), at, accepted.status());
    }

    @EventHandler
    void on(RemedyDeclined declined, @Timestamp Instant at) {
        status(declined.complaintId(), at, declined.status());
    }

    @EventHandler
    void on(RemedyExecuted executed, @Timestamp Instant at) {
        status(executed.complaintId(), at, executed.status());
    }

    @EventHandler
    void on(CallbackInstructed instructed, @Timestamp Instant at) {
        set(instructed.complaintId(), at, "status = ?, callback_due = TRUE", instructed.status().name());
    }

    @EventHandler
    void on(CallbackCompleted completed, @Timestamp Instant at) {
        set(completed.complaintId(), at, "callback_due = FALSE");
    }

    @EventHandler
    void on(CaseReopened reopened, @Timestamp Instant at) {
        set(reopened.complaintId(), at, "status = ?, closed_at = NULL, outcome = NULL, satisfaction = NULL",
                reopened.status().name());
    }

    @EventHandler
    void on(CaseClosed closed, @Timestamp Instant at) {
        set(closed.complaintId(), at, "status = ?, closed_at = ?, outcome = ?, satisfaction = ?, deadlines = '{}',"
                        + " next_due = NULL", closed.status().name(), ts(closed.closedAt()),
                closed.outcome().name(), closed.satisfaction() == null ? null : closed.satisfaction().name());
    }

    @EventHandler
    void on(EffectivenessReviewDue due, @Timestamp Instant at) {
        set(due.complaintId(), at, "effectiveness_review_due = TRUE");
    }

    /** Reviewed: off the coordinators' list of effectiveness reviews. */
    @EventHandler
    void on(EffectivenessReviewed reviewed, @Timestamp Instant at) {
        set(reviewed.complaintId(), at, "effectiveness_review_due = FALSE");
    }

    @EventHandler
    void on(Escalated escalated, @Timestamp Instant at) {
        set(escalated.complaintId(), at, "holder_unit = ?, escalations_open = TRUE", escalated.toUnit().code());
    }

    @EventHandler
    void on(EscalationsResolved resolved, @Timestamp Instant at) {
        set(resolved.complaintId(), at, "escalations_open = FALSE");
    }

    @EventHandler
    void on(CaseTakenOver takenOver, @Timestamp Instant at) {
        set(takenOver.complaintId(), at, "holder_unit = ?", takenOver.toUnit().code());
    }

    @EventHandler
    void on(ClockPaused paused, @Timestamp Instant at) {
        set(paused.complaintId(), at, "paused = TRUE");
    }

    @EventHandler
    void on(ClockResumed resumed, @Timestamp Instant at) {
        set(resumed.complaintId(), at, "paused = FALSE");
    }

    @EventHandler
    void on(DeadlineSet set, @Timestamp Instant at) {
        deadlines(set.complaintId(), at, open -> open.put(set.deadline().limit(), set.deadline().due()));
    }

    @EventHandler
    void on(DeadlineMet met, @Timestamp Instant at) {
        deadlines(met.complaintId(), at, open -> open.remove(met.deadline().limit()));
    }

    @EventHandler
    void on(DeadlineWithdrawn withdrawn, @Timestamp Instant at) {
        deadlines(withdrawn.complaintId(), at, open -> open.remove(withdrawn.deadline().limit()));
    }

    @EventHandler
    void on(DeadlineMissed missed, @Timestamp Instant at) {
        deadlines(missed.complaintId(), at, open -> open.remove(missed.deadline().limit()));
        set(missed.complaintId(), at, "deadlines_missed = deadlines_missed + 1");
    }

    private void status(String caseId, Instant at, CaseStatus status) {
        set(caseId, at, "status = ?", status.name());
    }

    private void set(String caseId, Instant at, String assignments, Object... values) {
        Object[] arguments = new Object[values.length + 2];
        System.arraycopy(values, 0, arguments, 0, values.length);
        arguments[values.length] = ts(at);
        arguments[values.length + 1] = caseId;
        jdbc.update("UPDATE case_board SET " + assignments + ", updated_at = ? WHERE case_id = ?", arguments);
    }

    private void deadlines(String caseId, Instant at, Consumer<Map<TimeLimit, Instant>> change) {
        Optional<String> stored = jdbc.query("SELECT deadlines FROM case_board WHERE case_id = ? FOR UPDATE",
                (rs, row) -> rs.getString(1), caseId).stream().findFirst();
        if (stored.isEmpty()) {
            return;
        }
        Map<TimeLimit, Instant> open = new EnumMap<>(TimeLimit.class);
        open.putAll(read(stored.get()));
        change.accept(open);
        Instant next = open.values().stream().min(Instant::compareTo).orElse(null);
        set(caseId, at, "deadlines = ?, next_due = ?", write(open), next == null ? null : ts(next));
    }

    private Map<TimeLimit, Instant> read(String deadlines) {
        try {
            return json.readValue(deadlines, DEADLINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable deadlines on the case board", e);
        }
    }

    private String write(Map<TimeLimit, Instant> deadlines) {
        try {
            return json.writeValueAsString(deadlines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }

    static String path(List<String> units) {
        return "/" + String.join("/", units) + "/";
    }
}
