package io.complaints.analytics.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.web.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The complaint ledger: one row by registration number, or a unit's rows, page by page. */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    private final MongoTemplate mongo;

    LedgerController(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @GetMapping("/{registrationNumber}")
    ResponseEntity<?> byRegistrationNumber(@PathVariable String registrationNumber) {
        LedgerRow row = mongo.findOne(query(where("registrationNumber").is(registrationNumber)), LedgerRow.class);
        return Problems.okOrNotFound(Optional.ofNullable(row).map(LedgerView::of), "Not in the ledger",
                "No ledger row has this registration number (yet)");
    }

    /** The rows of a unit and every unit below it, newest first. */
    @GetMapping
    List<LedgerView> ofUnit(@RequestParam String unit,
                            @RequestParam(defaultValue = "0") @Min(0) int page,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        Query rows = query(where("unitPath").is(unit))
                .with(Sort.by(Sort.Direction.DESC, "receivedAt"))
                .skip((long) page * size)
                .limit(size);
        return mongo.find(rows, LedgerRow.class).stream().map(LedgerView::of).toList();
    }
}
