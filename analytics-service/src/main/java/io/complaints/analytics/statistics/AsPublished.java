package io.complaints.analytics.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.ledger.PastLedger;
import io.complaints.analytics.readmodel.PastReplay;
import io.complaints.platform.Actor;

/**
 * A month's statistics as they were published on a date next to the same month's as they are now,
 * and the difference per figure. The figures as published are computed from the ledger as it stood
 * at the end of the publication day ({@link PastLedger}: the events up to then, by the same rules as
 * the live figures, {@link ComplaintFacts}); those of now are the live statistics. What happened
 * after the publication explains each difference: complaints of the month registered late, closings,
 * reopenings, triage corrections and callbacks recorded since.
 */
@Component
class AsPublished {

    private static final int ROWS_PER_BATCH = 2_000;

    private final PastLedger pastLedger;
    private final StatisticsQueries queries;
    private final MongoTemplate mongo;

    AsPublished(PastLedger pastLedger, StatisticsQueries queries, MongoTemplate mongo) {
        this.pastLedger = pastLedger;
        this.queries = queries;
        this.mongo = mongo;
    }

    /** The comparison, for {@code asker} (whom the caller has checked may see the unit). */
    PublishedComparison compare(PublishedQuestion question, Actor asker) {
        Figures published;
        try (PastReplay.Scratch past = pastLedger.at(question.publishedAt(), asker)) {
            published = figures(question.unit(), question.month(), PastLedger.collection(past));
        }
        Figures now = queries.figures(Selection.of(question.unit(), question.month(), null)).figures();
        return PublishedComparison.of(question, published, now);
    }

    /** The figures of the unit's month from the rows of a ledger's collection. */
    private Figures figures(String unit, String month, String ledger) {
        Query rows = query(where("month").is(month).and("unitPath").is(unit));
        rows.fields().include(ComplaintFacts.LEDGER_FIELDS);
        BucketBuilder bucket = new BucketBuilder(unit);
        try (Stream<LedgerRow> found = mongo.stream(rows.cursorBatchSize(ROWS_PER_BATCH), LedgerRow.class, ledger)) {
            found.map(ComplaintFacts::of).flatMap(Optional::stream).forEach(bucket::add);
        }
        return Figures.of(bucket.build(month, 0).all());
    }
}
