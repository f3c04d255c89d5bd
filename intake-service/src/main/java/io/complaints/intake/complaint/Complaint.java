package io.complaints.intake.complaint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import io.complaints.events.PrioritySource;
import io.complaints.events.Satisfaction;
import io.complaints.intake.complaint.ComplaintRegistered.EarlierComplaint;
import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.RulesViolatedException;

/**
 * A complaint as intake knows it: what was registered, by whom, under which number, and every
 * correction since. The rules of DOMAIN.md "What intake records" and "Severity" live here.
 */
@Aggregate
public class Complaint {

    static final int MOST_SEVERE = 1;
    static final int LEAST_SEVERE = 4;
    /** The longest description, with everything the complainant added online. */
    static final int MOST_DESCRIPTION = 8000;

    @AggregateIdentifier
    private String complaintId;
    private String registrationNumber;
    private ComplaintDetails details;
    private String complainantReference;
    private Complainant complainant;
    private List<String> unitPath;
    /** The priority sources intake itself recognised: they stay whatever an amendment lists. */
    private Set<PrioritySource> recognised;
    private boolean withdrawn;
    /** The complainant's personal data was erased: nothing of theirs can be added or corrected any more. */
    private boolean erased;

    protected Complaint() {
        // for Axon: rebuilt from its events
    }

    /** Registration: the command handler gives the number and the time of acceptance. */
    public Complaint(RegisterComplaint command, String registrationNumber, EarlierComplaint repeatOf,
                     Instant receivedAt) {
        if (OnlineComplainant.is(command.actor())) {
            OnlineComplainant.checkFiling(command);
        } else {
            ReceivingUnitPolicy.check(command.actor(), command.unit().code(), command.unit().path());
        }
        var rules = detailsRules(command.details(), command.complainant(), receivedAt)
                .check(command.resolvedAtIntake() == null || command.details().level() == LEAST_SEVERE,
                        "resolvedAtIntake", "only-minor",
                        "only a minor (level 4) complaint can be registered as resolved at intake");
        rules.throwIfAny();
        ComplaintDetails details = withChannelPriority(command.details());
        if (repeatOf != null) {
            details = details.withPriority(PrioritySource.REPEAT_COMPLAINT);
        }
        if (ReceivingUnitPolicy.transferredFromHq(command.actor(), command.unit().path())) {
            details = details.withPriority(PrioritySource.HQ_TRANSFERRED);
        }
        apply(new ComplaintRegistered(command.complaintId(), registrationNumber, command.unit().code(),
                command.unit().path(), details, command.complainantReference(), command.complainant(),
                command.resolvedAtIntake(), repeatOf, receivedAt, command.actor()));
    }

    @CommandHandler
    void handle(AmendComplaint command, Clock clock) {
        checkCorrector(command.actor());
        if (withdrawn) {
            throw RulesViolatedException.ofRule("not-withdrawn", "a withdrawn complaint cannot be amended");
        }
        Instant now = clock.instant();
        ComplaintDetails amended = withChannelPriority(keepRecognised(command.changes().applyTo(details)));
        Complainant amendedComplainant = command.changes().applyTo(complainant);
        detailsRules(amended, amendedComplainant, now).throwIfAny();
        List<String> changed = changedFields(amended, amendedComplainant);
        if (changed.isEmpty()) {
            throw RulesViolatedException.ofRule("changes-something", "the amendment changes nothing");
        }
        apply(new ComplaintAmended(complaintId, registrationNumber, amended, complainantReference, amendedComplainant,
                changed, command.reason(), now, command.actor()));
    }

    @CommandHandler
    void handle(EraseComplainant command, Clock clock) {
        ErasurePolicy.check(command.actor(), unitPath);
        if (erased) {
            throw RulesViolatedException.ofRule("not-erased", "the complainant's personal data is already erased");
        }
        apply(new ComplainantErased(complaintId, registrationNumber, complainantReference, command.reason(),
                clock.instant(), command.actor()));
    }

    @CommandHandler
    void handle(WithdrawComplaint command, Clock clock) {
        checkCorrector(command.actor());
        if (withdrawn) {
            throw RulesViolatedException.ofRule("not-withdrawn", "the complaint is already withdrawn");
        }
        apply(new ComplaintWithdrawn(complaintId, registrationNumber, command.reason(), clock.instant(), command.actor()));
    }

    /** The bytes are already stored, in this command's transaction; refusing rolls them back. */
    @CommandHandler
    void handle(AttachEvidence command) {
        refuseIfErased();
        if (withdrawn) {
            throw RulesViolatedException.ofRule("not-withdrawn", "no evidence can be attached to a withdrawn complaint");
        }
        apply(new EvidenceAttached(complaintId, command.evidenceId(), command.fileName(), command.contentType(),
                command.size(), command.sha256(), command.attachedAt(), command.actor()));
    }

    @CommandHandler
    void handle(AddInformation command, Clock clock) {
        checkComplainantAnswer(command.actor());
        Instant now = clock.instant();
        String description = details.description() + "\n\n[" + now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                + "] " + command.text();
        if (description.length() > MOST_DESCRIPTION) {
            throw RulesViolatedException.ofField("text", "description-size",
                    "the description with what is added would pass " + MOST_DESCRIPTION + " characters");
        }
        ComplaintDetails amended = new ComplaintDetails(details.channel(), details.category(), details.level(),
                description, details.demand(), details.occurredAt(), details.complainedAbout(),
                details.prioritySources(), details.groupSize());
        apply(new ComplaintAmended(complaintId, registrationNumber, amended, complainantReference, complainant,
                List.of("description"), "information added by the complainant", now, command.actor()));
    }

    /** Whether the case waits for it is handling's to decide: a late answer changes nothing there. */
    @CommandHandler
    void handle(DecideOnRemedy command, Clock clock) {
        checkComplainantAnswer(command.actor());
        if (!command.accepted() && (command.reason() == null || command.reason().isBlank())) {
            throw RulesViolatedException.ofField("reason", "reason-to-decline", "a declined remedy needs the reason");
        }
        apply(new RemedyDecisionGiven(complaintId, registrationNumber, complainantReference, command.accepted(),
                command.accepted() ? null : command.reason(), clock.instant(), command.actor()));
    }

    @CommandHandler
    void handle(AnswerCallback command, Clock clock) {
        checkComplainantAnswer(command.actor());
        if (command.satisfaction() == Satisfaction.DISSATISFIED
                && (command.comment() == null || command.comment().isBlank())) {
            throw RulesViolatedException.ofField("comment", "reason-to-reopen",
                    "a dissatisfied answer reopens the complaint and must say why");
        }
        apply(new CallbackAnswered(complaintId, registrationNumber, complainantReference, command.satisfaction(),
                command.timelinessSatisfaction(), command.comment(), clock.instant(), command.actor()));
    }

    private void refuseIfErased() {
        if (erased) {
            throw RulesViolatedException.ofRule("not-erased", "the complainant's personal data is erased");
        }
    }

    private void checkCorrector(Actor actor) {
        refuseIfErased();
        if (OnlineComplainant.is(actor)) {
            OnlineComplainant.checkOwn(actor, complainantReference);
        } else {
            CorrectionPolicy.check(actor, unitPath);
        }
    }

    private void checkComplainantAnswer(Actor actor) {
        refuseIfErased();
        if (!OnlineComplainant.is(actor)) {
            throw new NotPermittedException("role", "only the complainant answers online");
        }
        OnlineComplainant.checkOwn(actor, complainantReference);
        if (withdrawn) {
            throw RulesViolatedException.ofRule("not-withdrawn", "the complaint is withdrawn");
        }
    }

    /** The rules any version of a complaint's facts must keep. */
    private static RulesViolatedException.Collector detailsRules(ComplaintDetails details, Complainant complainant,
                                                                 Instant now) {
        return new RulesViolatedException.Collector()
                .check(details.level() >= MOST_SEVERE && details.level() <= LEAST_SEVERE, "level", "range",
                        "must be 1 (major) to 4 (minor)")
                .check(details.groupSize() < ComplaintDetails.GROUP_COMPLAINT || details.level() == MOST_SEVERE,
                        "level", "group-complaint-is-major",
                        "a group complaint (5 or more complainants) is major: level 1")
                .check(details.occurredAt() == null || !details.occurredAt().isAfter(now), "occurredAt",
                        "not-in-future", "must not be later than now")
                .check(complainant.reachable(), "complainant", "contact-required",
                        "a phone number or an e-mail address is needed to reach the complainant");
    }

    private List<String> changedFields(ComplaintDetails now, Complainant amendedComplainant) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "channel", details.channel(), now.channel());
        addIfChanged(changed, "category", details.category(), now.category());
        addIfChanged(changed, "level", details.level(), now.level());
        addIfChanged(changed, "description", details.description(), now.description());
        addIfChanged(changed, "demand", details.demand(), now.demand());
        addIfChanged(changed, "occurredAt", details.occurredAt(), now.occurredAt());
        addIfChanged(changed, "complainedAbout", details.complainedAbout(), now.complainedAbout());
        addIfChanged(changed, "prioritySources", details.prioritySources(), now.prioritySources());
        addIfChanged(changed, "groupSize", details.groupSize(), now.groupSize());
        addIfChanged(changed, "complainant", complainant, amendedComplainant);
        return changed;
    }

    /**
     * A repeat complaint, or one transferred from HQ, stays one whatever an amendment lists: intake
     * recognised it, not the agent.
     */
    private ComplaintDetails keepRecognised(ComplaintDetails amended) {
        ComplaintDetails kept = amended;
        for (PrioritySource source : recognised) {
            kept = kept.withPriority(source);
        }
        return kept;
    }

    /**
     * A complaint that arrived by the government hotline, a consumer association or the media is priority
     * (DOMAIN.md, "Priority"), recorded with it, so that every reader agrees.
     */
    private static ComplaintDetails withChannelPriority(ComplaintDetails details) {
        PrioritySource source = PrioritySource.BY_CHANNEL.get(details.channel());
        return source == null ? details : details.withPriority(source);
    }

    private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    @EventSourcingHandler
    void on(ComplaintRegistered event) {
        complaintId = event.complaintId();
        registrationNumber = event.registrationNumber();
        complainantReference = event.complainantReference();
        details = event.details();
        complainant = event.complainant();
        unitPath = event.unitPath();
        recognised = EnumSet.noneOf(PrioritySource.class);
        if (event.repeatOf() != null) {
            recognised.add(PrioritySource.REPEAT_COMPLAINT);
        }
        if (ReceivingUnitPolicy.transferredFromHq(event.actor(), event.unitPath())) {
            recognised.add(PrioritySource.HQ_TRANSFERRED);
        }
    }

    @EventSourcingHandler
    void on(ComplaintAmended event) {
        details = event.details();
        complainant = event.complainant();
    }

    @EventSourcingHandler
    void on(ComplaintWithdrawn event) {
        withdrawn = true;
    }

    @EventSourcingHandler
    void on(ComplainantErased event) {
        erased = true;
    }
}
