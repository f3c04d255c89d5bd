package io.complaints.platform;

/**
 * What a person does in complaint handling (DOMAIN.md, "Roles"), plus the operators who run the
 * platform and the services that call each other. The names are the role names in access tokens.
 */
public enum Role {
    /** 投诉受理人: registers complaints from any channel. */
    INTAKE_AGENT,
    /** 投诉管理对接人: triages, tracks deadlines, keeps the ledger. */
    COORDINATOR,
    /** 责任部门经办人: investigates, proposes and executes the remedy. */
    HANDLER,
    /** 分管领导 / 总经理: approves remedies of level-1 and level-2 complaints. */
    APPROVER,
    /** 回访人: calls the complainant back; never of the responsible department. */
    CALLBACK_AGENT,
    /** 管理总部: watches escalations across all units, can take a case over. */
    HQ_SUPERVISOR,
    /** 质量管理部: statistics and cause analysis. */
    ANALYST,
    /** Runs the platform: rebuilds, retries, dead letters, metrics. Sees no personal data by this role. */
    OPERATOR,
    /**
     * Audits the platform's records: verifies the tamper-evident audit trail of the event stores and
     * exports its checkpoints. Sees positions of events, never their content.
     */
    AUDITOR,
    /** Another service of the platform calling with its own credentials (client credentials). */
    SERVICE,
    /** The system itself: deadlines, events of other services. Never granted by a token. */
    SYSTEM,
    /**
     * The complainant, through the self-service portal, for the one complaint their tracking code opens.
     * Never granted by a token: intake's portal acts in this role after checking the code.
     */
    COMPLAINANT;

    /** Whether an access token may grant this role: not the system's, not the complainant's. */
    public boolean grantedByToken() {
        return this != SYSTEM && this != COMPLAINANT;
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
