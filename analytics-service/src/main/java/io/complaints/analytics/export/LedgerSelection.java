package io.complaints.analytics.export;

import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.ledger.LedgerFilter;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.readmodel.Generations;

/**
 * The rows of a ledger selection from the live generation, in the selection's order, fetched from
 * the database a batch at a time as they are consumed: never the whole selection at once.
 */
@Component
class LedgerSelection {

    private final MongoOperations mongo;
    private final Generations generations;
    private final ExportSettings settings;

    LedgerSelection(MongoOperations mongo, Generations generations, ExportSettings settings) {
        this.mongo = mongo;
        this.generations = generations;
        this.settings = settings;
    }

    /** An open cursor over the selection's rows (a {@link LedgerFilter}'s query); the caller closes it. */
    Stream<LedgerRow> open(Query rows) {
        return open(mongo, rows, generations.live().collection(Ledger.COLLECTION), settings.cursorBatch());
    }

    /** As {@link #open(Query)}, from the rows of another collection (a past ledger's). */
    Stream<LedgerRow> open(Query rows, String collection) {
        return open(mongo, rows, collection, settings.cursorBatch());
    }

    static Stream<LedgerRow> open(MongoOperations mongo, LedgerFilter filter, String collection, int batch) {
        return open(mongo, filter.query(), collection, batch);
    }

    private static Stream<LedgerRow> open(MongoOperations mongo, Query rows, String collection, int batch) {
        return mongo.stream(Query.of(rows).cursorBatchSize(batch), LedgerRow.class, collection);
    }
}
