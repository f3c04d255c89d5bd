package io.complaints.analytics.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.analytics.readmodel.Generations;
import io.complaints.analytics.readmodel.PastInstant;
import io.complaints.analytics.readmodel.PastReplay;
import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;
import io.complaints.platform.web.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The complaint ledger: one row by registration number, or a selection of a unit's rows (and of
 * every unit below it), page by page; the total of the selection in {@code X-Total-Count}. The
 * viewer sees the rows of its own unit and of the units below it only: a row of another unit is
 * not found, a selection of another unit refused. With {@code asOf}, the selection of the ledger as it
 * stood at that instant.
 */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    private final MongoTemplate mongo;
    private final Generations generations;
    private final Clock clock;
    private final Visibility visibility;
    private final PastLedger pastLedger;
    private final LedgerTexts texts;

    LedgerController(MongoTemplate mongo, Generations generations, Clock clock, Visibility visibility,
                     PastLedger pastLedger, LedgerTexts texts) {
        this.pastLedger = pastLedger;
        this.mongo = mongo;
        this.texts = texts;
        this.generations = generations;
        this.clock = clock;
        this.visibility = visibility;
    }

    @GetMapping("/{registrationNumber}")
    ResponseEntity<?> byRegistrationNumber(@PathVariable String registrationNumber, Actor viewer) {
        List<Criteria> row = new ArrayList<>(visibility.rowsSeenBy(viewer, "unitPath"));
        row.add(where("registrationNumber").is(registrationNumber));
        LedgerRow found = mongo.findOne(Query.query(new Criteria().andOperator(row)), LedgerRow.class, collection());
        if (found != null) {
            visibility.logRead(viewer, "ledger row", "complaint " + found.complaintId());
        }
        return Problems.okOrNotFound(Optional.ofNullable(found)
                        .map(seen -> LedgerView.of(seen, clock.instant(), texts.of(List.of(seen)))),
                "Not in the ledger", "No ledger row has this registration number (yet)");
    }

    /**
     * A page of the selection; with {@code asOf} (an ISO-8601 instant, not in the future), of the ledger
     * as it stood then ({@link PastLedger}): overdue as of then, the instant answered in {@code X-As-Of}.
     */
    @GetMapping
    ResponseEntity<List<LedgerView>> select(@ParameterObject LedgerFilter filter, Actor viewer,
                                            @RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
                                            @RequestParam(required = false) String asOf) {
        if (asOf == null) {
            return page(filter, viewer, collection(), clock.instant(), page, size);
        }
        Instant at = PastInstant.parse("asOf", asOf, clock.instant());
        filter.visibleTo(viewer, visibility);
        try (PastReplay.Scratch past = pastLedger.at(at, viewer)) {
            ResponseEntity<List<LedgerView>> then = page(filter, viewer, PastLedger.collection(past), at, page, size);
            return ResponseEntity.ok().headers(then.getHeaders()).header(PastLedger.AS_OF_HEADER, at.toString())
                    .body(then.getBody());
        }
    }

    private ResponseEntity<List<LedgerView>> page(LedgerFilter filter, Actor viewer, String collection, Instant now,
                                                  int page, int size) {
        Query selection = filter.visibleTo(viewer, visibility);
        long total = mongo.count(Query.of(selection).limit(0).skip(0), collection);
        List<LedgerRow> found = mongo.find(selection.skip((long) page * size).limit(size), LedgerRow.class,
                collection);
        UnaryOperator<String> opened = texts.of(found);
        List<LedgerView> rows = found.stream().map(row -> LedgerView.of(row, now, opened)).toList();
        visibility.logRead(viewer, "ledger page of " + rows.size() + " rows", "selection of unit "
                + (filter.unit() == null ? viewer.unit() : filter.unit()));
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(total)).body(rows);
    }

    private String collection() {
        return generations.live().collection(Ledger.COLLECTION);
    }
}
