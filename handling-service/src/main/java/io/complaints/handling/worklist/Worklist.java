package io.complaints.handling.worklist;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.complaints.platform.Role;

/** The work lists people of a unit need, each for the roles whose work it lists. */
public enum Worklist {
    /** The open cases assigned to me as handler. */
    MINE("handler_id = :actorId AND status <> 'CLOSED'", Role.HANDLER),
    /** Remedies awaiting an approver's decision. */
    APPROVALS("status = 'AWAITING_APPROVAL'", Role.APPROVER),
    /**
     * Callbacks due, for an agent outside each case's responsible department: after a remedy's
     * execution, or after a minor complaint was settled at intake (its case closed already).
     */
    CALLBACKS("callback_due AND responsible_department IS DISTINCT FROM :actorDepartment",
            Role.CALLBACK_AGENT),
    /** Open cases past a time limit, or that missed one: what coordinators chase (催办). */
    OVERDUE("status <> 'CLOSED' AND (deadlines_missed > 0 OR next_due < :now)", Role.COORDINATOR,
            Role.HQ_SUPERVISOR),
    /** Open cases with open escalations: what HQ watches, and the coordinators they were escalated to. */
    ESCALATED("status <> 'CLOSED' AND escalations_open", Role.HQ_SUPERVISOR, Role.COORDINATOR),
    /** Received complaints awaiting triage (level, validity, responsible department): the same day. */
    TRIAGE("status = 'AWAITING_TRIAGE'", Role.COORDINATOR, Role.HQ_SUPERVISOR),
    /** Remedies executed whose callback the coordinator is to instruct. */
    CALLBACKS_TO_INSTRUCT("status = 'EXECUTED'", Role.COORDINATOR, Role.HQ_SUPERVISOR),
    /** Invalid complaints whose explanation the complainant is to get within a day. */
    INVALID_TO_EXPLAIN("status = 'INVALID'", Role.COORDINATOR, Role.HQ_SUPERVISOR),
    /** Level-1 and level-2 complaints closed as resolved whose actions' effectiveness is to be reviewed. */
    EFFECTIVENESS_REVIEWS("effectiveness_review_due", Role.COORDINATOR, Role.HQ_SUPERVISOR);

    final String condition;
    private final Set<Role> readers;

    Worklist(String condition, Role... readers) {
        this.condition = condition;
        this.readers = Set.copyOf(EnumSet.copyOf(Arrays.asList(readers)));
    }

    /** The list's name in its address, {@code /api/worklists/{name}}: lower case with hyphens, exactly. */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The roles whose work the list shows; nobody else reads it. */
    public Set<Role> readers() {
        return readers;
    }

    static Optional<Worklist> named(String path) {
        return Arrays.stream(values()).filter(list -> list.path().equals(path)).findFirst();
    }
}
