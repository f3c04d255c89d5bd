package io.complaints.intake.portal;

import java.lang.reflect.RecordComponent;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseStatus;
import io.complaints.events.CaseTriaged;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.Escalated;
import io.complaints.events.InvalidityExplained;
import io.complaints.events.OpenDeadline;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;

/**
 * What the complainant may see of their case, folded from handling's events for complaints filed in
 * the portal: the status the events carry, the time limits still running, the remedy offered (its
 * measures and date, never the responsible person), and the public steps with the role that took
 * each — never a name, a note or a reason written by staff. Idempotent: a step is kept once by event
 * id, and the status moves only forward in the case's own order.
 * <p>
 * What one poll brought is folded in one transaction, after one look-up of which of its complaints
 * are followed in the portal (most are not): a transaction per event would cost a commit each.
 */
@Component
class PortalCaseProjection {

    /** The public steps, by event, and the role that takes each when the complainant does not. */
    private static final Map<Class<?>, String[]> STEPS = Map.ofEntries(
            Map.entry(CaseOpened.class, new String[]{"CASE_OPENED", "SYSTEM"}),
            Map.entry(CaseTriaged.class, new String[]{"TRIAGED", "COORDINATOR"}),
            Map.entry(ComplainantContacted.class, new String[]{"CONTACTED", "HANDLER"}),
            Map.entry(RemedyOffered.class, new String[]{"REMEDY_OFFERED", "HANDLER"}),
            Map.entry(RemedyAccepted.class, new String[]{"REMEDY_ACCEPTED", "HANDLER"}),
            Map.entry(RemedyDeclined.class, new String[]{"REMEDY_DECLINED", "HANDLER"}),
            Map.entry(RemedyExecuted.class, new String[]{"REMEDY_EXECUTED", "HANDLER"}),
            Map.entry(CallbackInstructed.class, new String[]{"CALLBACK_DUE", "COORDINATOR"}),
            Map.entry(CallbackCompleted.class, new String[]{"CALLBACK_DONE", "CALLBACK_AGENT"}),
            Map.entry(CaseReopened.class, new String[]{"REOPENED", "SYSTEM"}),
            Map.entry(CaseMarkedInvalid.class, new String[]{"FOUND_INVALID", "COORDINATOR"}),
            Map.entry(InvalidityExplained.class, new String[]{"INVALIDITY_EXPLAINED", "COORDINATOR"}),
            Map.entry(Escalated.class, new String[]{"ESCALATED", "SYSTEM"}),
            Map.entry(CaseClosed.class, new String[]{"CLOSED", "SYSTEM"}));

    private final CloudEventCodec codec;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    PortalCaseProjection(CloudEventCodec codec, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.codec = codec;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * A poll's events in one transaction. When that fails, the records are folded one by one, each in
     * its own transaction, to tell which one fails (those before it again, which changes nothing): that
     * one is handed to the error handling with its position, to be retried or set aside alone.
     */
    @KafkaListener(topics = Topics.HANDLING, groupId = "${spring.application.name}", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        try {
            transactions.executeWithoutResult(status -> foldAll(records));
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < records.size(); i++) {
                List<ConsumerRecord<String, byte[]>> one = List.of(records.get(i));
                try {
                    transactions.executeWithoutResult(status -> foldAll(one));
                } catch (RuntimeException failure) {
                    throw new BatchListenerFailedException("event not folded into the portal's cases", failure, i);
                }
            }
        }
    }

    private void foldAll(List<ConsumerRecord<String, byte[]>> records) {
        List<CloudEvent<Object>> events = records.stream()
                .flatMap(record -> codec.decode(record.value()).stream()).toList();
        Map<String, String> followed = complainantsFollowing(events.stream().map(CloudEvent::subject).distinct().toList());
        events.forEach(event -> {
            String complainant = followed.get(event.subject());
            if (complainant != null) { // else not filed in the portal: nobody follows it there
                fold(event, complainant);
            }
        });
    }

    /** The complainant reference of each of these complaints that was filed in the portal. */
    private Map<String, String> complainantsFollowing(List<String> complaintIds) {
        Map<String, String> followed = new HashMap<>();
        if (complaintIds.isEmpty()) {
            return followed;
        }
        String placeholders = String.join(", ", Collections.nCopies(complaintIds.size(), "?"));
        jdbc.query("select complaint_id, complainant_ref from portal_tracking_code where complaint_id in ("
                        + placeholders + ")",
                row -> {
                    followed.put(row.getString(1), row.getString(2));
                }, complaintIds.toArray());
        return followed;
    }

    private void fold(CloudEvent<Object> event, String complainant) {
        statusOf(event.data()).ifPresent(status -> jdbc.update("""
                insert into portal_case (complaint_id, status, last_sequence) values (?, ?, ?)
                on conflict (complaint_id) do update set status = excluded.status, last_sequence = excluded.last_sequence
                where portal_case.last_sequence < excluded.last_sequence""",
                event.subject(), status.name(), event.sequence()));
        switch (event.data()) {
            case RemedyProposed proposed -> jdbc.update("""
                    update portal_case set remedy_measures = ?, remedy_due_date = ? where complaint_id = ?""",
                    proposed.measures(), proposed.dueDate() == null ? null : Date.valueOf(proposed.dueDate()),
                    event.subject());
            case DeadlineSet set -> open(event.subject(), set.deadline());
            case DeadlineMet met -> close(event.subject(), met.deadline());
            case DeadlineMissed missed -> close(event.subject(), missed.deadline());
            case DeadlineWithdrawn withdrawn -> close(event.subject(), withdrawn.deadline());
            default -> {
            }
        }
        String[] step = STEPS.get(event.data().getClass());
        if (step != null) {
            String role = complainant.equals(event.actor()) ? "COMPLAINANT" : step[1];
            jdbc.update("""
                    insert into portal_case_step (event_id, complaint_id, sequence, occurred_at, step, actor_role)
                    values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing""",
                    event.id(), event.subject(), event.sequence(), Timestamp.from(event.time()), step[0], role);
        }
    }

    private void open(String complaintId, OpenDeadline deadline) {
        jdbc.update("""
                insert into portal_case_deadline (complaint_id, time_limit, due) values (?, ?, ?)
                on conflict (complaint_id, time_limit) do update set due = excluded.due""",
                complaintId, deadline.limit().name(), Timestamp.from(deadline.due()));
    }

    private void close(String complaintId, OpenDeadline deadline) {
        jdbc.update("delete from portal_case_deadline where complaint_id = ? and time_limit = ?", complaintId,
                deadline.limit().name());
    }

    /** The status an event leaves its case in, for the events that carry one. */
    private static Optional<CaseStatus> statusOf(Object data) {
        for (RecordComponent component : data.getClass().getRecordComponents()) {
            if (component.getName().equals("status") && component.getType() == CaseStatus.class) {
                try {
                    return Optional.ofNullable((CaseStatus) component.getAccessor().invoke(data));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read the status of " + data.getClass().getSimpleName(), e);
                }
            }
        }
        return Optional.empty();
    }
}
