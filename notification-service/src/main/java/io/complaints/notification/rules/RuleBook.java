package io.complaints.notification.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.complaints.events.ComplainantRef;
import io.complaints.events.UnitRef;
import io.complaints.notification.directory.Audience;

/** Applies the rules table to what happened: which audiences are to be told, by which rule. */
public class RuleBook {

    private final List<Rule> rules;
    private final Set<String> events;

    public RuleBook(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.events = rules.stream().map(Rule::event).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether any rule names events of this type. */
    public boolean concerns(String eventType) {
        return events.contains(eventType);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Notice> noticesOf(Occurrence occurrence) {
        List<Notice> notices = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.appliesTo(occurrence)) {
                for (Recipient recipient : rule.recipients()) {
                    noticeOf(rule, recipient, occurrence).ifPresent(notices::add);
                }
            }
        }
        return notices;
    }

    private static Optional<Notice> noticeOf(Rule rule, Recipient recipient, Occurrence occurrence) {
        if (recipient.complainant()) {
            ComplainantRef complainant = occurrence.complainant();
            boolean reachable = complainant != null && complainant.contactConsent() && complainant.maskedEmail() != null;
            return reachable
                    ? Optional.of(new Notice(rule, Audience.of(Recipient.COMPLAINANT, unitOf(rule, occurrence)), true))
                    : Optional.empty();
        }
        if (recipient.actionOwner()) {
            return Optional.of(new Notice(rule, Audience.actionOwner(ownerOf(rule, occurrence).handlerId(),
                    unitOf(rule, occurrence)), false));
        }
        return audience(rule, recipient, occurrence).map(audience -> new Notice(rule, audience, false));
    }

    private static Optional<Audience> audience(Rule rule, Recipient recipient, Occurrence occurrence) {
        String role = recipient.role();
        return switch (recipient.unit()) {
            case EVENT_UNIT -> Optional.of(new Audience(role, unitOf(rule, occurrence), null, null,
                    occurrence.excludedDepartment()));
            case UNIT_ABOVE -> above(unitOf(rule, occurrence)).map(unit -> Audience.of(role, unit));
            case HEADQUARTERS -> Optional.of(Audience.of(role, headquartersOf(unitOf(rule, occurrence))));
            case ESCALATION_TARGET -> Optional.ofNullable(occurrence.target()).map(unit -> Audience.of(role, unit));
            case DEADLINE_OWNER -> Optional.of(ownerOf(rule, occurrence))
                    .map(owner -> new Audience(role, owner.unit(), owner.department(), owner.handlerId(), null));
        };
    }

    private static UnitRef unitOf(Rule rule, Occurrence occurrence) {
        if (occurrence.unit() == null) {
            throw new MissingFactException("rule '" + rule.name() + "' applies to " + occurrence.eventType() + " "
                    + occurrence.eventId() + " of complaint " + occurrence.complaintId()
                    + ", but no unit is known for it: its case was never opened");
        }
        return occurrence.unit();
    }

    private static Owner ownerOf(Rule rule, Occurrence occurrence) {
        if (occurrence.owner() == null || occurrence.owner().unit() == null) {
            throw new MissingFactException("rule '" + rule.name() + "' applies to " + occurrence.eventType() + " "
                    + occurrence.eventId() + " of complaint " + occurrence.complaintId()
                    + ", but the owner of its time limit is not known: its case was never opened");
        }
        return occurrence.owner();
    }

    private static Optional<UnitRef> above(UnitRef unit) {
        List<String> path = unit.path();
        return path.size() < 2 ? Optional.empty()
                : Optional.of(new UnitRef(path.get(path.size() - 2), path.subList(0, path.size() - 1)));
    }

    private static UnitRef headquartersOf(UnitRef unit) {
        return new UnitRef(unit.path().getFirst(), List.of(unit.path().getFirst()));
    }
}
