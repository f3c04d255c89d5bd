package io.complaints.analytics.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.complaints.analytics.readmodel.Generation;

/**
 * The unit a complaint belongs to, as the ledger knows it from the complaint's receipt or its
 * case's opening: its path, codes from the top down (e.g. {@code [HQ, SH, SH-PD]}).
 */
@Component
public class ComplaintUnits {

    private final MongoTemplate mongo;

    ComplaintUnits(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The complaint's unit path; empty while neither its receipt nor its case's opening is known. */
    public Optional<List<String>> pathOf(String complaintId, Generation generation) {
        Query row = Query.query(where("_id").is(complaintId));
        row.fields().include("unitPath");
        return Optional.ofNullable(mongo.findOne(row, LedgerRow.class, generation.collection(Ledger.COLLECTION)))
                .map(LedgerRow::unitPath);
    }
}
