package io.complaints.intake.registration;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A complaint as intake knows it: what was registered, by whom, under which number. */
@Aggregate
public class Complaint {

    /** Severity: 1 major, 2 serious, 3 general, 4 minor (DOMAIN.md, "Severity"). */
    static final int MOST_SEVERE = 1;
    static final int LEAST_SEVERE = 4;

    @AggregateIdentifier
    private String complaintId;
    private String registrationNumber;

    protected Complaint() {
        // for Axon: rebuilt from its events
    }

    Complaint(RegisterComplaint command, String registrationNumber, Instant receivedAt) {
        if (command.level() < MOST_SEVERE || command.level() > LEAST_SEVERE) {
            throw new IllegalArgumentException("level must be 1 to 4");
        }
        apply(new ComplaintRegistered(command.complaintId(), registrationNumber, command.unit().code(),
                command.unit().path(), command.channel(), command.category(), command.level(),
                command.description(), command.complainantReference(), command.complainant(), receivedAt,
                command.actor()));
    }

    @EventSourcingHandler
    void on(ComplaintRegistered event) {
        this.complaintId = event.complaintId();
        this.registrationNumber = event.registrationNumber();
    }

    String registrationNumber() {
        return registrationNumber;
    }
}
