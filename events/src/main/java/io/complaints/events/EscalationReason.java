package io.complaints.events;

/** Why a case went up a level (DOMAIN.md, "Escalation"). */
public enum EscalationReason {
    LEVEL_1_AT_TRIAGE, LEVEL_2_AT_TRIAGE, DEADLINE_MISSED, REMEDY_REJECTED_TWICE, CALLBACK_DISSATISFIED, BY_HAND
}
