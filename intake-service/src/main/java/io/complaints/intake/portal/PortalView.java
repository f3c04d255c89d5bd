package io.complaints.intake.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.complaints.events.CaseStatus;
import io.complaints.intake.complaint.CallbackAnswered;
import io.complaints.intake.complaint.ComplaintAmended;
import io.complaints.intake.complaint.ComplaintRegistered;
import io.complaints.intake.complaint.ComplaintWithdrawn;
import io.complaints.intake.complaint.EvidenceAttached;
import io.complaints.intake.complaint.RemedyDecisionGiven;
import io.complaints.intake.history.AuditedEvent;
import io.complaints.platform.Role;

/**
 * The complaint as its complainant sees it in the portal: the status in one word the pages put in plain
 * words, the next step and when it is due, the remedy offered, what they may do now, and the public
 * steps from intake's own record and from handling's (roles only).
 */
@Component
class PortalView {

    private final JdbcTemplate jdbc;
    private final EventStore events;

    PortalView(JdbcTemplate jdbc, EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Where the complaint stands for the complainant: handling's status, or intake's own before or after it. */
    enum Standing { RECEIVED, AWAITING_TRIAGE, INVESTIGATING, OFFERED, ACCEPTED, CALLBACK_DUE, INVALID, CLOSED, WITHDRAWN }

    record Complaint(String registrationNumber, Instant receivedAt, Standing status, String nextStep, Instant due,
                     Remedy remedy, List<String> allowed, List<Step> timeline) {
    }

    record Remedy(String measures, LocalDate dueDate) {
    }

    record Step(Instant at, String step, String role) {
    }

    Complaint of(String complaintId) {
        List<Step> timeline = new ArrayList<>();
        Instant receivedAt = null;
        String number = null;
        boolean withdrawn = false;
        for (DomainEventMessage<?> message : events.readEvents(complaintId).asStream().toList()) {
            Object payload = message.getPayload();
            if (payload instanceof ComplaintRegistered registered) {
                receivedAt = registered.receivedAt();
                number = registered.registrationNumber();
            }
            withdrawn |= payload instanceof ComplaintWithdrawn;
            intakeStep(payload).ifPresent(step -> timeline.add(new Step(message.getTimestamp(), step,
                    roleOf((AuditedEvent) payload))));
        }
        Map<String, Object> kase = jdbc.queryForList(
                "select status, remedy_measures, remedy_due_date from portal_case where complaint_id = ?", complaintId)
                .stream().findFirst().orElse(Map.of());
        Standing status = withdrawn ? Standing.WITHDRAWN : standing((String) kase.get("status"));
        timeline.addAll(jdbc.query("select occurred_at, step, actor_role from portal_case_step where complaint_id = ? "
                        + "order by sequence",
                (row, n) -> new Step(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3)), complaintId));
        timeline.sort(Comparator.comparing(Step::at));
        Instant due = status == Standing.CLOSED || status == Standing.WITHDRAWN ? null : jdbc.queryForList(
                "select min(due) from portal_case_deadline where complaint_id = ?", Timestamp.class, complaintId)
                .stream().filter(java.util.Objects::nonNull).map(Timestamp::toInstant).findFirst().orElse(null);
        Remedy remedy = status == Standing.OFFERED && kase.get("remedy_measures") != null
                ? new Remedy((String) kase.get("remedy_measures"),
                kase.get("remedy_due_date") == null ? null : ((java.sql.Date) kase.get("remedy_due_date")).toLocalDate())
                : null;
        return new Complaint(number, receivedAt, status, nextStep(status), due, remedy, allowed(status), timeline);
    }

    static Standing standing(String caseStatus) {
        if (caseStatus == null) {
            return Standing.RECEIVED;
        }
        return switch (CaseStatus.valueOf(caseStatus)) {
            case AWAITING_TRIAGE -> Standing.AWAITING_TRIAGE;
            case INVESTIGATING, AWAITING_APPROVAL, REMEDY_READY -> Standing.INVESTIGATING;
            case OFFERED -> Standing.OFFERED;
            case ACCEPTED, EXECUTED -> Standing.ACCEPTED;
            case CALLBACK_DUE -> Standing.CALLBACK_DUE;
            case INVALID -> Standing.INVALID;
            case CLOSED -> Standing.CLOSED;
        };
    }

    /** What happens next, as a word the pages put in plain words. */
    private static String nextStep(Standing status) {
        return switch (status) {
            case RECEIVED, AWAITING_TRIAGE -> "TRIAGE";
            case INVESTIGATING -> "REMEDY_PROPOSAL";
            case OFFERED -> "YOUR_DECISION";
            case ACCEPTED -> "REMEDY_EXECUTION";
            case CALLBACK_DUE -> "YOUR_CALLBACK_ANSWER";
            case INVALID -> "EXPLANATION";
            case CLOSED, WITHDRAWN -> "NONE";
        };
    }

    /** What the complainant may do now. */
    static List<String> allowed(Standing status) {
        List<String> allowed = new ArrayList<>();
        if (status != Standing.CLOSED && status != Standing.WITHDRAWN) {
            allowed.addAll(List.of("WITHDRAW", "ADD_INFORMATION"));
        }
        if (status == Standing.OFFERED) {
            allowed.add("DECIDE_ON_REMEDY");
        }
        if (status == Standing.CALLBACK_DUE) {
            allowed.add("ANSWER_CALLBACK");
        }
        return allowed;
    }

    private static Optional<String> intakeStep(Object payload) {
        return Optional.ofNullable(switch (payload) {
            case ComplaintRegistered registered -> "FILED";
            case ComplaintAmended amended -> "INFORMATION_ADDED";
            case EvidenceAttached attached -> "FILE_ADDED";
            case ComplaintWithdrawn withdrawn -> "WITHDRAWN";
            case RemedyDecisionGiven decided -> decided.accepted() ? "YOU_ACCEPTED" : "YOU_DECLINED";
            case CallbackAnswered answered -> "YOU_ANSWERED_CALLBACK";
            default -> null;
        });
    }

    private static String roleOf(AuditedEvent event) {
        return event.actor().holds(Role.COMPLAINANT) ? Role.COMPLAINANT.name() : Role.INTAKE_AGENT.name();
    }
}
