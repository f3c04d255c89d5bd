package io.complaints.handling.worklist;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import io.complaints.events.CaseClosed;
import io.complaints.events.CaseReopened;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.Escalated;
import io.complaints.events.RemedyApproved;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What operations watch on handling, counted as the cases record it (Prometheus
 * {@code complaints_cases_*_total}): escalations by reason, deadlines missed by limit, approvals by
 * silence, reopened and closed cases. Tags are enums only: no personal data, no unbounded values.
 */
@Component
@ProcessingGroup(CaseBoard.PROCESSING_GROUP)
class CaseMetrics {

    private final MeterRegistry meters;

    CaseMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventHandler
    void on(Escalated escalated) {
        meters.counter("complaints.cases.escalated", "reason", escalated.reason().name(),
                "to", escalated.toUnit().path().size() == 1 ? "HQ" : "unit").increment();
    }

    @EventHandler
    void on(DeadlineMissed missed) {
        meters.counter("complaints.cases.deadlines.missed", "limit", missed.deadline().limit().name()).increment();
    }

    @EventHandler
    void on(RemedyApproved approved) {
        meters.counter("complaints.cases.remedies.approved", "deemed", String.valueOf(approved.deemed())).increment();
    }

    @EventHandler
    void on(CaseReopened reopened) {
        meters.counter("complaints.cases.reopened").increment();
    }

    @EventHandler
    void on(CaseClosed closed) {
        meters.counter("complaints.cases.closed", "outcome", closed.outcome().name()).increment();
    }
}
