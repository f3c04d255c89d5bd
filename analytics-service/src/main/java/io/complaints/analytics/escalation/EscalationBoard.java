package io.complaints.analytics.escalation;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.complaints.analytics.escalation.OpenEscalation.NextDeadline;
import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.readmodel.Generations;

/**
 * The escalation board (升级看板): every open escalation of a unit's cases and of the units below
 * it, read from the ledger. An escalation is open from the case's first escalation until it is
 * closed; a closed case drops off.
 */
@Component
class EscalationBoard {

    /** One page of the board, and how many open escalations there are in all. */
    record Page(long total, List<OpenEscalation> escalations) {
    }

    private final MongoTemplate mongo;
    private final Generations generations;
    private final Clock clock;

    EscalationBoard(MongoTemplate mongo, Generations generations, Clock clock) {
        this.mongo = mongo;
        this.generations = generations;
        this.clock = clock;
    }

    Page find(FindEscalationsQuery question) {
        String ledger = generations.live().collection(Ledger.COLLECTION);
        Query open = Query.query(Ledger.ofUnit(question.unit()).and("escalationsOpen").is(true)
                .and("caseStatus").ne("CLOSED").and("withdrawn").ne(true));
        long total = mongo.count(open, ledger);
        Instant now = clock.instant();
        List<OpenEscalation> page = mongo.find(Query.of(open)
                        .with(Sort.by("firstEscalatedAt", "_id"))
                        .skip((long) question.page() * question.size()).limit(question.size()),
                LedgerRow.class, ledger).stream().map(row -> of(row, now)).toList();
        return new Page(total, page);
    }

    private static OpenEscalation of(LedgerRow row, Instant now) {
        return new OpenEscalation(row.complaintId(), row.registrationNumber(), row.unitCode(), row.unitPath(),
                row.holderUnit(), row.status(), row.level(), row.escalationLevel(), row.escalationReason(),
                LedgerRow.count(row.escalations()), row.firstEscalatedAt(), row.lastEscalatedAt(),
                row.firstEscalatedAt() == null ? null : Duration.between(row.firstEscalatedAt(), now),
                nextDeadline(row.deadlines(), now));
    }

    private static NextDeadline nextDeadline(Map<String, Instant> open, Instant now) {
        if (open == null) {
            return null;
        }
        return open.entrySet().stream().min(Map.Entry.<String, Instant>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(due -> new NextDeadline(due.getKey(), due.getValue(), now.isAfter(due.getValue())))
                .orElse(null);
    }
}
