package io.complaints.handling.caseopening;

/** Where a case stands in its lifecycle (DOMAIN.md, "Lifecycle"). */
public enum CaseStatus {
    AWAITING_TRIAGE
}
