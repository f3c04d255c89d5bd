package io.complaints.notification.rules;

import org.springframework.boot.context.properties.bind.DefaultValue;

import io.complaints.notification.directory.Audience;
import io.complaints.notification.rules.EventCatalogue.Fact;

/**
 * Who a rule tells: everyone holding a role in a unit related to the event, e.g.
 * {@code {role: leadership, unit: EVENT_UNIT}}. The role {@value #COMPLAINANT} means the complainant
 * of the complaint, by e-mail, when they gave an address and agreed to be contacted; the role
 * {@value io.complaints.notification.directory.Audience#ACTION_OWNER} the one person who owns an overdue action.
 */
public record Recipient(String role, @DefaultValue("EVENT_UNIT") UnitRelation unit) {

    public static final String COMPLAINANT = "complainant";

    public Recipient {
        if (role == null || !role.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("a recipient's role is a name in lower case, e.g. leadership, not '"
                    + role + "'");
        }
        unit = unit == null ? UnitRelation.EVENT_UNIT : unit;
    }

    public boolean complainant() {
        return COMPLAINANT.equals(role);
    }

    /** The owner of an overdue action of a remedy, the one person the event names ({@link Audience#ACTION_OWNER}). */
    public boolean actionOwner() {
        return Audience.ACTION_OWNER.equals(role);
    }

    /** Why an event of this type cannot name this recipient, or null when it can. */
    String unanswerableBy(String event) {
        if (complainant()) {
            return EventCatalogue.carries(event, Fact.COMPLAINANT) ? null
                    : "the complainant (only " + EventCatalogue.carriersOf(Fact.COMPLAINANT) + " carry them)";
        }
        if (actionOwner()) {
            return EventCatalogue.carries(event, Fact.ACTION_OWNER) ? null
                    : "the action's owner (only " + EventCatalogue.carriersOf(Fact.ACTION_OWNER) + " name one)";
        }
        return switch (unit) {
            case ESCALATION_TARGET -> EventCatalogue.carries(event, Fact.TARGET) ? null
                    : "ESCALATION_TARGET (only " + EventCatalogue.carriersOf(Fact.TARGET) + " have one)";
            case DEADLINE_OWNER -> EventCatalogue.carries(event, Fact.OWNER) ? null
                    : "DEADLINE_OWNER (only " + EventCatalogue.carriersOf(Fact.OWNER) + " have one)";
            default -> null;
        };
    }
}
