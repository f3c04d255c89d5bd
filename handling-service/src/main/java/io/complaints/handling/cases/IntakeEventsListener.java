package io.complaints.handling.cases;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintAmended;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.ComplaintWithdrawn;
import io.complaints.events.Topics;
import io.complaints.platform.Actor;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.tracing.EventTracing;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The Kafka edge towards intake: every received complaint opens a case; the complainant's answers
 * given online are recorded in it ({@link ComplainantAnswers}). Idempotent: the case id
 * is the complaint id, so a redelivered event finds its case already open and changes nothing.
 */
@Component
class IntakeEventsListener {

    private static final Logger log = LoggerFactory.getLogger(IntakeEventsListener.class);

    private final CloudEventCodec codec;
    private final CommandGateway commands;
    private final EventStore events;
    private final MeterRegistry meters;
    private final EventTracing tracing;
    private final ComplainantAnswers answers;

    IntakeEventsListener(CloudEventCodec codec, CommandGateway commands, EventStore events, MeterRegistry meters,
                         EventTracing tracing, ComplainantAnswers answers) {
        this.codec = codec;
        this.commands = commands;
        this.events = events;
        this.meters = meters;
        this.tracing = tracing;
        this.answers = answers;
    }

    /** In the trace of the record: the events of the case it opens or changes are stored in it too. */
    @KafkaListener(topics = Topics.INTAKE, groupId = "${spring.application.name}")
    void on(ConsumerRecord<String, byte[]> record) {
        tracing.consuming(record, "handling", () -> handle(record));
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        codec.decode(record.value()).ifPresent(event -> {
            if (event.data() instanceof ComplaintReceived received) {
                openCase(event, received);
            } else if (event.data() instanceof ComplaintWithdrawn withdrawn) {
                closeWithdrawn(event, withdrawn);
            } else if (event.data() instanceof ComplaintAmended amended) {
                amend(event, amended);
            } else {
                answers.record(event);
            }
        });
    }

    /** A withdrawal of a complaint whose case is not open here yet waits: it is retried, then parked. */
    private void closeWithdrawn(CloudEvent<Object> event, ComplaintWithdrawn withdrawn) {
        if (events.lastSequenceNumberFor(withdrawn.complaintId()).isEmpty()) {
            throw new IllegalStateException("no case " + withdrawn.complaintId() + " yet for withdrawal " + event.id());
        }
        commands.sendAndWait(new CaseCommands.CloseWithdrawnCase(withdrawn.complaintId(), withdrawn.reason(),
                Actor.system(event.unit())));
        meters.counter("cases.withdrawn").increment();
    }

    /** An amendment of a complaint whose case is not open here yet waits: it is retried, then parked. */
    private void amend(CloudEvent<Object> event, ComplaintAmended amended) {
        if (events.lastSequenceNumberFor(amended.complaintId()).isEmpty()) {
            throw new IllegalStateException("no case " + amended.complaintId() + " yet for amendment " + event.id());
        }
        var about = amended.complainedAbout();
        commands.sendAndWait(new CaseCommands.AmendIntakeFacts(amended.complaintId(), amended.level(),
                Priority.of(amended), about == null ? null : about.department(),
                about == null ? null : about.person(), amended.reason(), Actor.system(event.unit())));
    }

    private void openCase(CloudEvent<Object> event, ComplaintReceived received) {
        if (events.lastSequenceNumberFor(received.complaintId()).isPresent()) {
            log.debug("case {} is already open; event {} was a redelivery", received.complaintId(), event.id());
            return;
        }
        try {
            var about = received.complainedAbout();
            commands.sendAndWait(new OpenCase(received.complaintId(), received.registrationNumber(), received.unit(),
                    received.level(), Priority.of(received),
                    about == null ? null : about.department(),
                    about == null ? null : about.person(), received.receivedAt(),
                    Actor.system(received.unit().code()), received.resolvedAtIntake() == null ? null
                    : new IntakeResolution(received.resolvedAtIntake(), received.receivedBy())));
            meters.counter("cases.opened", "level", String.valueOf(received.level())).increment();
        } catch (AggregateStreamCreationException alreadyOpen) {
            log.debug("case {} was opened concurrently; event {} was a redelivery", received.complaintId(), event.id());
        }
    }
}
