package io.complaints.analytics.statistics;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.analytics.readmodel.ReadModel;
import io.complaints.events.CloudEvent;

/**
 * The statistics read model (投诉管理月度统计分析): buckets of counts per unit and month of receipt,
 * derived from the ledger rows. An event only notes that the month of its complaint is out of date
 * at the units of the complaint's path; {@link RecomputeSchedule} recomputes such months from the
 * rows shortly after. It is applied after the {@link Ledger} (which comes first among the read
 * models), so the note always follows the row's change. Whatever the order and repetition of the
 * events, the buckets end as the rows do, and the rows end the same.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class StatisticsModel implements ReadModel {

    private final MongoTemplate mongo;
    private final DirtyMonths dirtyMonths;
    private final Recompute recompute;

    StatisticsModel(MongoTemplate mongo, DirtyMonths dirtyMonths, Recompute recompute) {
        this.mongo = mongo;
        this.dirtyMonths = dirtyMonths;
        this.recompute = recompute;
    }

    /** Notes the months of the events' complaints out of date, once per month and batch, at every unit met. */
    @Override
    public void applyAll(List<CloudEvent<Object>> events, Generation generation) {
        if (events.isEmpty()) {
            return;
        }
        Query complaints = query(where("_id").in(events.stream().map(CloudEvent::subject).distinct().toList()));
        complaints.fields().include("unitPath", "month");
        Map<String, Set<String>> unitsByMonth = new TreeMap<>();
        for (LedgerRow row : mongo.find(complaints, LedgerRow.class, generation.collection(Ledger.COLLECTION))) {
            if (row.month() != null && row.unitPath() != null && !row.unitPath().isEmpty()) {
                unitsByMonth.computeIfAbsent(row.month(), month -> new LinkedHashSet<>()).addAll(row.unitPath());
            }
            // else its receipt is not in the ledger yet: it counts nowhere until it is, and then is noted
        }
        unitsByMonth.forEach((month, units) -> dirtyMonths.mark(generation, month, List.copyOf(units)));
    }

    /** The rebuilt ledger is complete: every bucket computed in one pass. */
    @Override
    public void replayed(Generation generation) {
        recompute.everything(generation);
    }

    /** 2: time to first contact (from version 1's buckets it is missing). */
    @Override
    public int version() {
        return 2;
    }

    @Override
    public List<String> collections() {
        return List.of(Buckets.COLLECTION, DirtyMonths.COLLECTION);
    }

    @Override
    public void ensureIndexes(Generation generation) {
        dirtyMonths.ensureIndexes(generation);
    }
}
