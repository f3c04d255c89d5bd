package io.complaints.intake.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registers a complaint: takes the next registration number of the unit's acceptance date and
 * stores the new complaint, both in one transaction.
 */
@Component
class RegistrationCommandHandler {

    private final Repository<Complaint> complaints;
    private final RegistrationNumbers numbers;
    private final Clock clock;
    private final MeterRegistry meters;

    RegistrationCommandHandler(Repository<Complaint> complaints, RegistrationNumbers numbers, Clock clock,
                               MeterRegistry meters) {
        this.complaints = complaints;
        this.numbers = numbers;
        this.clock = clock;
        this.meters = meters;
    }

    @CommandHandler
    Registration handle(RegisterComplaint command) throws Exception {
        Instant receivedAt = clock.instant();
        LocalDate acceptanceDate = LocalDate.ofInstant(receivedAt, command.unit().timeZone());
        String number = numbers.next(command.unit().code(), acceptanceDate);
        complaints.newInstance(() -> new Complaint(command, number, receivedAt));
        Counter received = Counter.builder("complaints.received")
                .description("Complaints registered, by level, channel and receiving unit")
                .tag("level", String.valueOf(command.level()))
                .tag("channel", command.channel().name())
                .tag("unit", command.unit().code())
                .register(meters);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> received.increment()));
        return new Registration(command.complaintId(), number, receivedAt);
    }
}
