package io.complaints.handling.caseopening;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** The handling of one complaint: its lifecycle, its deadlines, its escalations. */
@Aggregate
public class Case {

    @AggregateIdentifier
    private String caseId;
    private CaseStatus status;

    protected Case() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    Case(OpenCase command, Clock clock) {
        apply(new CaseOpened(command.caseId(), command.registrationNumber(), command.unitCode(), command.unitPath(),
                command.level(), command.receivedAt(), clock.instant(), command.actor()));
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        this.caseId = event.caseId();
        this.status = CaseStatus.AWAITING_TRIAGE;
    }

    CaseStatus status() {
        return status;
    }
}
