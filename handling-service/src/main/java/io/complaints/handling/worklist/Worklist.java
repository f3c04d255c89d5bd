package io.complaints.handling.worklist;

/** The work lists people of a unit need. */
public enum Worklist {
    /** The open cases assigned to me as handler. */
    MINE("handler_id = :actorId AND status <> 'CLOSED'"),
    /** Remedies awaiting an approver's decision. */
    APPROVALS("status = 'AWAITING_APPROVAL'"),
    /** Callbacks due, for an agent outside each case's responsible department. */
    CALLBACKS("status = 'CALLBACK_DUE' AND responsible_department IS DISTINCT FROM :actorDepartment"),
    /** Open cases past a time limit, or that missed one. */
    OVERDUE("status <> 'CLOSED' AND (deadlines_missed > 0 OR next_due < :now)"),
    /** Open cases with open escalations: what HQ watches. */
    ESCALATED("status <> 'CLOSED' AND escalations_open");

    final String condition;

    Worklist(String condition) {
        this.condition = condition;
    }
}
