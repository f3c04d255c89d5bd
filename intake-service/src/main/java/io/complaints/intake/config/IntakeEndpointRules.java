package io.complaints.intake.config;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.complaints.platform.Role;
import io.complaints.platform.security.EndpointRules;

/**
 * Who may call which endpoint of intake, by role (DOMAIN.md, "Roles"). Which unit's complaint a caller
 * may touch is decided per complaint: outside the caller's subtree a complaint does not exist (404).
 */
@Configuration
class IntakeEndpointRules {

    /** Register, amend, withdraw: intake agents, and coordinators who keep the ledger. */
    static final Role[] REGISTRARS = {Role.INTAKE_AGENT, Role.COORDINATOR};
    /** The full contact: who must reach the complainant, and notification-service's client. */
    /** Erasure of a complainant's personal data: the coordinators who keep the ledger, and HQ supervisors. */
    static final Role[] ERASERS = {Role.COORDINATOR, Role.HQ_SUPERVISOR};
    static final Role[] CONTACT_READERS = {Role.HANDLER, Role.CALLBACK_AGENT, Role.COORDINATOR, Role.SERVICE};
    /**
     * Complaints, their history and evidence: the people who handle complaints. Analysts read
     * statistics (analytics-service), operators run the platform and see no complaint.
     */
    static final Role[] COMPLAINT_READERS = {Role.INTAKE_AGENT, Role.COORDINATOR, Role.HANDLER, Role.APPROVER,
            Role.CALLBACK_AGENT, Role.HQ_SUPERVISOR};

    /**
     * The complainant self-service portal: open without a token, guarded instead by the portal itself (an
     * e-mail code to file, the tracking code and a signed session cookie for one complaint, per-address
     * limits and lockouts; {@code io.complaints.intake.portal}). Only these paths and methods; a request that
     * carries a token is still checked.
     */
    static final String[] PORTAL_READS = {"/api/portal/units", "/api/portal/complaint"};
    static final String[] PORTAL_CHANGES = {"/api/portal/email-codes", "/api/portal/complaints", "/api/portal/session",
            "/api/portal/complaint/withdrawal", "/api/portal/complaint/information", "/api/portal/complaint/evidence",
            "/api/portal/complaint/remedy-decision", "/api/portal/complaint/callback"};

    @Bean
    EndpointRules intakeEndpoints() {
        return endpoints -> endpoints
                .requestMatchers(GET, PORTAL_READS).permitAll()
                .requestMatchers(POST, PORTAL_CHANGES).permitAll()
                .requestMatchers(DELETE, "/api/portal/session").permitAll()
                .requestMatchers(POST, "/api/complaints").hasAnyAuthority(authorities(REGISTRARS))
                .requestMatchers(POST, "/api/complaints/*/amendments", "/api/complaints/*/withdrawal")
                .hasAnyAuthority(authorities(REGISTRARS))
                .requestMatchers(POST, "/api/personal-data/opened").hasAuthority(Role.SERVICE.authority())
                .requestMatchers(POST, "/api/complainants/*/erasure").hasAnyAuthority(authorities(ERASERS))
                .requestMatchers(GET, "/api/complainants/*/contact").hasAnyAuthority(authorities(CONTACT_READERS))
                .requestMatchers(POST, "/api/complaints/*/evidence").hasAnyAuthority(authorities(COMPLAINT_READERS))
                .requestMatchers(GET, "/api/complaints", "/api/complaints/**").hasAnyAuthority(authorities(COMPLAINT_READERS));
    }

    private static String[] authorities(Role... roles) {
        return Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
    }
}
