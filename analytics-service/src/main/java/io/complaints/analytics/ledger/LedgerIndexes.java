package io.complaints.analytics.ledger;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** The indexes the ledger's questions need (on real MongoDB; the stand-in scans). */
@Component
class LedgerIndexes {

    private final MongoTemplate mongo;

    LedgerIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        var ledger = mongo.indexOps(LedgerRow.class);
        ledger.ensureIndex(new Index("registrationNumber", Sort.Direction.ASC).sparse());
        ledger.ensureIndex(new Index("unitPath", Sort.Direction.ASC).on("receivedAt", Sort.Direction.DESC));
    }
}
