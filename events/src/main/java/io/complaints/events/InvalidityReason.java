package io.complaints.events;

/** Why a complaint is invalid (DOMAIN.md, "Validity"). */
public enum InvalidityReason {
    FORCE_MAJEURE, MISUNDERSTANDING, COMPLAINANT_AT_FAULT, BEYOND_WHAT_WAS_PROMISED, DEMAND_CONTRARY_TO_LAW,
    FALSE_INFORMATION
}
