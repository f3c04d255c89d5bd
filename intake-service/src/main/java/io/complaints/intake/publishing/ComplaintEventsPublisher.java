package io.complaints.intake.publishing;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantAnsweredCallback;
import io.complaints.events.ComplainantDecidedOnRemedy;
import io.complaints.events.ComplainantRef;
import io.complaints.events.ComplaintLink;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.EventTypes;
import io.complaints.events.PrioritySource;
import io.complaints.events.Topics;
import io.complaints.events.UnitRef;
import io.complaints.intake.complaint.ComplainantErased;
import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplainedAbout;
import io.complaints.intake.complaint.ComplaintAmended;
import io.complaints.intake.complaint.ComplaintDetails;
import io.complaints.intake.complaint.ComplaintRegistered;
import io.complaints.intake.complaint.ComplaintWithdrawn;
import io.complaints.intake.complaint.CallbackAnswered;
import io.complaints.intake.complaint.RemedyDecisionGiven;
import io.complaints.intake.personaldata.PersonalData;
import io.complaints.platform.Actor;
import io.complaints.platform.outbox.EventTranslator;
import io.complaints.platform.outbox.KafkaOutbox;

/**
 * The Kafka edge of intake: translates the stored events into the published ones, with masked
 * contact details only, and what the complainant wrote (description, demand) sealed under their key.
 * The event id is the stored event's id, so a re-sent event is recognisably the same. A republish of the whole store ({@code POST /api/admin/republish}) translates the same way.
 */
@Component
@ProcessingGroup(KafkaOutbox.PROCESSING_GROUP)
class ComplaintEventsPublisher implements EventTranslator {

    static final String SOURCE = "/intake-service";

    private final KafkaOutbox outbox;
    private final PersonalData vault;

    ComplaintEventsPublisher(KafkaOutbox outbox, PersonalData vault) {
        this.outbox = outbox;
        this.vault = vault;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        translate(message).ifPresent(event -> outbox.publish(Topics.INTAKE, event, message.getMetaData()));
    }

    @Override
    public String topic() {
        return Topics.INTAKE;
    }

    /** The published record of a stored event of a complaint; the event id is the stored event's. */
    @Override
    public Optional<CloudEvent<?>> translate(EventMessage<?> stored) {
        if (!(stored instanceof DomainEventMessage<?> event)) {
            return Optional.empty();
        }
        String id = event.getIdentifier();
        long sequence = event.getSequenceNumber();
        return Optional.ofNullable(switch (event.getPayload()) {
            case ComplaintRegistered registered -> received(registered, id, sequence,
                    vault.publishing(registered.complainantReference(), registered.complaintId())::seal);
            case ComplaintAmended amended -> amended(amended, id, sequence,
                    vault.publishing(amended.complainantReference(), amended.complaintId())::seal);
            case ComplaintWithdrawn withdrawn -> withdrawn(withdrawn, id, sequence);
            case RemedyDecisionGiven decided -> envelope(EventTypes.COMPLAINANT_DECIDED_ON_REMEDY, id, sequence,
                    decided.complaintId(), decided.decidedAt(), decided.actor(),
                    new ComplainantDecidedOnRemedy(decided.complaintId(), decided.registrationNumber(),
                            decided.complainantReference(), decided.accepted(), decided.reason(), decided.decidedAt()));
            case CallbackAnswered answered -> envelope(EventTypes.COMPLAINANT_ANSWERED_CALLBACK, id, sequence,
                    answered.complaintId(), answered.answeredAt(), answered.actor(),
                    new ComplainantAnsweredCallback(answered.complaintId(), answered.registrationNumber(),
                            answered.complainantReference(), answered.satisfaction(), answered.timelinessSatisfaction(),
                            answered.comment(), answered.answeredAt()));
            case ComplainantErased erased -> envelope(EventTypes.COMPLAINANT_ERASED, id, sequence,
                    erased.complaintId(), erased.erasedAt(), erased.actor(),
                    new io.complaints.events.ComplainantErased(erased.complaintId(), erased.registrationNumber(),
                            erased.complainantReference(), erased.erasedAt(), erased.actor().id()));
            default -> null;
        });
    }

    static CloudEvent<io.complaints.events.ComplaintWithdrawn> withdrawn(ComplaintWithdrawn withdrawn, String eventId,
                                                                        long sequence) {
        return envelope(EventTypes.COMPLAINT_WITHDRAWN, eventId, sequence, withdrawn.complaintId(),
                withdrawn.withdrawnAt(), withdrawn.actor(),
                new io.complaints.events.ComplaintWithdrawn(withdrawn.complaintId(), withdrawn.registrationNumber(),
                        withdrawn.reason(), withdrawn.withdrawnAt(), withdrawn.actor().id()));
    }

    /** {@code seal} seals what the complainant wrote (description, demand): readers have intake open it. */
    static CloudEvent<ComplaintReceived> received(ComplaintRegistered registered, String eventId, long sequence,
                                                  UnaryOperator<String> seal) {
        ComplaintDetails details = registered.details();
        var data = new ComplaintReceived(
                registered.complaintId(),
                registered.registrationNumber(),
                new UnitRef(registered.unitCode(), registered.unitPath()),
                details.channel(),
                details.category(),
                details.level(),
                seal.apply(details.description()),
                seal.apply(details.demand()),
                details.occurredAt(),
                about(details.complainedAbout()),
                !withChannel(details).isEmpty(),
                withChannel(details),
                registered.repeatOf() == null ? null
                        : new ComplaintLink(registered.repeatOf().complaintId(), registered.repeatOf().registrationNumber()),
                details.groupSize(),
                registered.resolvedAtIntake(),
                complainant(registered.complainantReference(), registered.complainant()),
                registered.receivedAt(),
                registered.actor().id(),
                PrioritySource.BY_CHANNEL.containsKey(details.channel()));
        return envelope(EventTypes.COMPLAINT_RECEIVED, eventId, sequence, registered.complaintId(),
                registered.receivedAt(), registered.actor(), data);
    }

    static CloudEvent<io.complaints.events.ComplaintAmended> amended(ComplaintAmended amended, String eventId,
                                                                    long sequence, UnaryOperator<String> seal) {
        ComplaintDetails details = amended.details();
        var data = new io.complaints.events.ComplaintAmended(
                amended.complaintId(),
                amended.registrationNumber(),
                details.channel(),
                details.category(),
                details.level(),
                seal.apply(details.description()),
                seal.apply(details.demand()),
                details.occurredAt(),
                about(details.complainedAbout()),
                !withChannel(details).isEmpty(),
                withChannel(details),
                details.groupSize(),
                complainant(amended.complainantReference(), amended.complainant()),
                amended.changedFields(),
                amended.reason(),
                amended.amendedAt(),
                amended.actor().id(),
                PrioritySource.BY_CHANNEL.containsKey(details.channel()));
        return envelope(EventTypes.COMPLAINT_AMENDED, eventId, sequence, amended.complaintId(), amended.amendedAt(),
                amended.actor(), data);
    }

    private static <T> CloudEvent<T> envelope(String type, String eventId, long sequence, String complaintId,
                                              java.time.Instant time, Actor actor, T data) {
        return CloudEvent.of(eventId, SOURCE, type, complaintId, time, actor.id(), actor.unit(), sequence, data);
    }

    /**
     * The priority sources intake recorded, sorted, with the channel's own (also for complaints stored before
     * intake recorded it with them): the published complaint says whether its channel made it priority.
     */
    private static List<PrioritySource> withChannel(ComplaintDetails details) {
        java.util.Set<PrioritySource> sources = new java.util.TreeSet<>(details.prioritySources());
        java.util.Optional.ofNullable(PrioritySource.BY_CHANNEL.get(details.channel())).ifPresent(sources::add);
        return List.copyOf(sources);
    }

    private static io.complaints.events.ComplainedAbout about(ComplainedAbout about) {
        return about == null ? null : new io.complaints.events.ComplainedAbout(about.unitCode(), about.department(),
                about.person(), about.productOrService());
    }

    private static ComplainantRef complainant(String reference, Complainant complainant) {
        Complainant.Masked masked = complainant.masked();
        return new ComplainantRef(reference, masked.name(), masked.phone(), masked.email(), complainant.contactConsent());
    }
}
