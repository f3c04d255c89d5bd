package io.complaints.notification.rules;

/** Which unit a rule's recipients belong to, relative to the event. */
public enum UnitRelation {
    /** The unit the complaint is with: where it was received, the case's holder, or the unit an escalation left. */
    EVENT_UNIT,
    /** The unit above the event's unit; none above headquarters. */
    UNIT_ABOVE,
    /** Headquarters (管理总部). */
    HEADQUARTERS,
    /** Where an escalation or a takeover by HQ took the case. */
    ESCALATION_TARGET,
    /** The owner of a time limit: their unit, department and, once one is assigned, the handler. */
    DEADLINE_OWNER
}
