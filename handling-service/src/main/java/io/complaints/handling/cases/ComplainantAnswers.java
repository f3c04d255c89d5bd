package io.complaints.handling.cases;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.complaints.events.CallbackMethod;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantAnsweredCallback;
import io.complaints.events.ComplainantDecidedOnRemedy;
import io.complaints.handling.cases.CaseCommands.CompleteCallback;
import io.complaints.handling.cases.CaseCommands.RecordDecision;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.Role;
import io.complaints.platform.RulesViolatedException;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The complainant's answers given in the self-service portal (intake's events), recorded in the case with
 * the same commands a handler and a callback agent use, the complainant as the actor and, for the
 * callback, the online method. An answer the case no longer waits for (someone recorded the decision by
 * phone first, or the callback agent called back first, or it is a redelivery) changes nothing and is
 * counted, not retried: it can never become applicable later.
 */
@Component
class ComplainantAnswers {

    private static final Logger log = LoggerFactory.getLogger(ComplainantAnswers.class);

    private final CommandGateway commands;
    private final MeterRegistry meters;

    ComplainantAnswers(CommandGateway commands, MeterRegistry meters) {
        this.commands = commands;
        this.meters = meters;
    }

    void record(CloudEvent<Object> event) {
        Object command = switch (event.data()) {
            case ComplainantDecidedOnRemedy decided -> new RecordDecision(decided.complaintId(), decided.accepted(),
                    decided.reason(), complainant(decided.complainantReference(), event.unit()));
            case ComplainantAnsweredCallback answered -> new CompleteCallback(answered.complaintId(),
                    answered.satisfaction(), answered.comment(), answered.timelinessSatisfaction(),
                    CallbackMethod.ONLINE, complainant(answered.complainantReference(), event.unit()));
            default -> null;
        };
        if (command == null) {
            return;
        }
        try {
            commands.sendAndWait(command);
            meters.counter("cases.online.answers", "outcome", "recorded").increment();
        } catch (RulesViolatedException | NotPermittedException | AggregateNotFoundException notAwaited) {
            log.info("complaint {}: online answer {} not recorded, the case no longer waits for it ({})",
                    event.subject(), event.id(), notAwaited.getClass().getSimpleName());
            meters.counter("cases.online.answers", "outcome", "not-awaited").increment();
        }
    }

    /** The complainant, by the opaque reference intake knows them by, for the complaint's unit. */
    static Actor complainant(String reference, String unit) {
        return new Actor(reference, unit, Role.COMPLAINANT, null);
    }
}
