package io.complaints.notification.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.complaints.events.ActionOverdue;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.ComplaintAmended;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.ComplaintWithdrawn;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.EventTypes;
import io.complaints.events.Escalated;
import io.complaints.events.ReminderIssued;
import io.complaints.events.RemedyProposed;

/** The events a rule may name, and which of them carry the facts some conditions and recipients ask about. */
final class EventCatalogue {

    /** A fact only some events carry. */
    enum Fact {
        PRIORITY, TARGET, REASON, LIMIT, APPROVAL_REQUIRED, OWNER, COMPLAINANT, ACTION_OWNER
    }

    static final Set<String> EVENTS = events();

    private static final Map<Fact, Set<String>> CARRIERS = Map.of(
            Fact.PRIORITY, Set.of(name(ComplaintReceived.class)),
            Fact.COMPLAINANT, Set.of(name(ComplaintReceived.class)),
            Fact.TARGET, Set.of(name(Escalated.class), name(CaseTakenOver.class)),
            Fact.REASON, Set.of(name(Escalated.class)),
            Fact.LIMIT, Set.of(name(DeadlineMissed.class), name(ReminderIssued.class)),
            Fact.OWNER, Set.of(name(DeadlineMissed.class), name(ReminderIssued.class)),
            Fact.APPROVAL_REQUIRED, Set.of(name(RemedyProposed.class)),
            Fact.ACTION_OWNER, Set.of(name(ActionOverdue.class)));

    private EventCatalogue() {
    }

    static boolean carries(String event, Fact fact) {
        return CARRIERS.get(fact).contains(event);
    }

    static Set<String> carriersOf(Fact fact) {
        return CARRIERS.get(fact);
    }

    private static Set<String> events() {
        Set<String> names = new LinkedHashSet<>();
        List.of(ComplaintReceived.class, ComplaintAmended.class, ComplaintWithdrawn.class, CaseOpened.class)
                .forEach(type -> names.add(name(type)));
        EventTypes.CASE_LIFECYCLE.forEach(type -> names.add(name(type)));
        return Set.copyOf(names);
    }

    private static String name(Class<?> type) {
        return type.getSimpleName();
    }
}
