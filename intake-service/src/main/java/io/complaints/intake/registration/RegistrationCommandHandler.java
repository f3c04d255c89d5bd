package io.complaints.intake.registration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import io.complaints.events.PrioritySource;
import io.complaints.intake.complaint.Complaint;
import io.complaints.intake.complaint.ComplaintRegistered.EarlierComplaint;
import io.complaints.intake.complaint.ReceivingUnitPolicy;
import io.complaints.intake.complaint.RegisterComplaint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Registers a complaint, all in one transaction: claims the Idempotency-Key, takes the next
 * registration number of the unit's acceptance date, looks for an earlier complaint it repeats,
 * and stores the new complaint. Anything refused rolls all of it back.
 */
@Component
class RegistrationCommandHandler {

    private final Repository<Complaint> complaints;
    private final RegistrationNumbers numbers;
    private final IdempotencyKeys idempotencyKeys;
    private final RepeatComplaints repeats;
    private final Clock clock;
    private final MeterRegistry meters;

    RegistrationCommandHandler(Repository<Complaint> complaints, RegistrationNumbers numbers,
                               IdempotencyKeys idempotencyKeys, RepeatComplaints repeats, Clock clock,
                               MeterRegistry meters) {
        this.complaints = complaints;
        this.numbers = numbers;
        this.idempotencyKeys = idempotencyKeys;
        this.repeats = repeats;
        this.clock = clock;
        this.meters = meters;
    }

    @CommandHandler
    RegistrationOutcome handle(RegisterComplaint command) throws Exception {
        if (command.idempotencyKey() != null) {
            Optional<Registration> earlier = idempotencyKeys.claim(command.idempotencyKey(), command.requestHash(),
                    command.complaintId());
            if (earlier.isPresent()) {
                return new RegistrationOutcome(earlier.get(), true);
            }
        }
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        LocalDate acceptanceDate = LocalDate.ofInstant(receivedAt, command.unit().timeZone());
        String number = numbers.next(command.unit().code(), acceptanceDate);
        EarlierComplaint repeatOf = repeats.findEarlier(command, receivedAt).orElse(null);
        complaints.newInstance(() -> new Complaint(command, number, repeatOf, receivedAt));
        repeats.record(command, number, receivedAt);

        var registration = new Registration(command.complaintId(), number, receivedAt,
                repeatOf != null || !command.details().prioritySources().isEmpty()
                        || PrioritySource.BY_CHANNEL.containsKey(command.details().channel())
                        || ReceivingUnitPolicy.transferredFromHq(command.actor(), command.unit().path()),
                repeatOf == null ? null : repeatOf.registrationNumber());
        if (command.idempotencyKey() != null) {
            idempotencyKeys.complete(command.idempotencyKey(), registration);
        }
        countAfterCommit(command);
        return new RegistrationOutcome(registration, false);
    }

    private void countAfterCommit(RegisterComplaint command) {
        Counter received = Counter.builder("complaints.received")
                .description("Complaints registered, by level, channel and receiving unit")
                .tag("level", String.valueOf(command.details().level()))
                .tag("channel", command.details().channel().name())
                .tag("unit", command.unit().code())
                .register(meters);
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.afterCommit(committed -> received.increment()));
    }
}
