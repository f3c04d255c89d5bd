package io.complaints.handling.whatif;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.complaints.handling.cases.CaseOpened;
import io.complaints.handling.cases.CaseReplay;

/**
 * The recorded histories of the cases received in a period, read from handling's event store and never
 * written. The case board (kept in the same transaction as the store) finds the cases opened around the
 * period in a unit and below it; each one's events come from the store, and receipt decides.
 */
@Component
class CaseHistories {

    /** A case opens moments after receipt; one opened more than this after it is not found. */
    static final Duration OPENING_AFTER_RECEIPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final EventStore events;

    CaseHistories(JdbcTemplate jdbc, EventStore events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The ids of the cases of {@code unit} and the units below it opened from {@code from} up to a day
     * after {@code to}, at most {@code limit} of them (ask one more than allowed to know it was too many).
     */
    List<String> openedAround(String unit, Instant from, Instant to, int limit) {
        return jdbc.queryForList("""
                SELECT case_id FROM case_board
                 WHERE unit_path LIKE ? AND opened_at >= ? AND opened_at < ?
                 ORDER BY opened_at, case_id LIMIT ?""", String.class,
                "%/" + unit + "/%", Timestamp.from(from), Timestamp.from(to.plus(OPENING_AFTER_RECEIPT)), limit);
    }

    /** The case's events in the order stored, each at the time the store keeps; empty when it has none. */
    List<CaseReplay.Recorded> of(String caseId) {
        List<CaseReplay.Recorded> history = new ArrayList<>();
        DomainEventStream stream = events.readEvents(caseId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            history.add(new CaseReplay.Recorded(event.getPayload(), event.getTimestamp()));
        }
        return history;
    }

    /** The opening of a history, or null when it does not start with one. */
    static CaseOpened opening(List<CaseReplay.Recorded> history) {
        return !history.isEmpty() && history.getFirst().event() instanceof CaseOpened opened ? opened : null;
    }
}
