package io.complaints.analytics.config;

import static org.springframework.http.HttpMethod.GET;

import java.util.Arrays;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.complaints.platform.Role;
import io.complaints.platform.security.EndpointRules;

/**
 * Who may call which endpoint of analytics, by role; which unit's rows they see is decided by
 * {@code Visibility}. The ledger, the timelines, the archives and the escalation board are for every staff role
 * ({@link #STAFF}); the statistics, their reports (monthly, year-end) and the ledger's exports
 * (every row of a selection at once) for those who analyse and answer for a unit ({@link #ANALYSIS}). Operators and other services read
 * no analytics: they have no business with ledger data next to the complainants'. Any other
 * {@code /api/**} is refused, so that an endpoint added without a rule is open to no one
 * ({@code /api/admin/**} is the operators', decided for every service).
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsEndpointRules {

    /** The people who handle complaints, of any role. */
    static final Role[] STAFF = {Role.INTAKE_AGENT, Role.COORDINATOR, Role.HANDLER, Role.APPROVER,
            Role.CALLBACK_AGENT, Role.HQ_SUPERVISOR, Role.ANALYST};

    /** Those who read the statistics (质量管理部, leadership, coordinators keeping the ledger) and export the ledger. */
    static final Role[] ANALYSIS = {Role.ANALYST, Role.HQ_SUPERVISOR, Role.COORDINATOR, Role.APPROVER};

    @Bean
    EndpointRules endpointRules() {
        return endpoints -> endpoints
                .requestMatchers(GET, "/api/ledger/export.csv", "/api/ledger/export.xlsx")
                .hasAnyAuthority(authorities(ANALYSIS))
                .requestMatchers(GET, "/api/statistics", "/api/statistics/**").hasAnyAuthority(authorities(ANALYSIS))
                .requestMatchers(GET, "/api/reports/monthly/*", "/api/reports/yearly/*")
                .hasAnyAuthority(authorities(ANALYSIS))
                .requestMatchers(GET, "/api/ledger", "/api/ledger/*", "/api/complaints/*/timeline",
                        "/api/complaints/*/archive.pdf", "/api/escalations")
                .hasAnyAuthority(authorities(STAFF))
                .requestMatchers("/api/**").denyAll();
    }

    private static String[] authorities(Role... roles) {
        return Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
    }
}
