package io.complaints.handling.config;

import static io.complaints.platform.Role.ANALYST;
import static io.complaints.platform.Role.APPROVER;
import static io.complaints.platform.Role.CALLBACK_AGENT;
import static io.complaints.platform.Role.COORDINATOR;
import static io.complaints.platform.Role.HANDLER;
import static io.complaints.platform.Role.HQ_SUPERVISOR;
import static io.complaints.platform.Role.INTAKE_AGENT;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import io.complaints.handling.worklist.Worklist;
import io.complaints.platform.Role;
import io.complaints.platform.security.EndpointRules;

/**
 * Who may call which endpoint of handling, by role (DOMAIN.md, "Roles"): each step of a case for the
 * roles that do it, as the case itself checks them; the case and its history for the people who work
 * on cases; each work list for the roles whose work it lists; the units' departments for all of them and
 * analysts; what-if replay for HQ supervisors and analysts. Which unit's case is decided by the case
 * and the readers (another unit's case is not found). A case endpoint without a rule here is denied.
 */
@Configuration(proxyBeanMethods = false)
class EndpointRulesConfiguration {

    /** The people who work on cases read them; analysts, operators and services do not. */
    static final Role[] CASE_READERS = {INTAKE_AGENT, COORDINATOR, HANDLER, APPROVER, CALLBACK_AGENT, HQ_SUPERVISOR};
    /** The organisation's departments are no secret to anyone who works on complaints or their statistics. */
    /** The people who set the rules replay a period under other time limits and calendars. */
    static final Role[] RULE_SETTERS = {HQ_SUPERVISOR, ANALYST};
    static final Role[] DEPARTMENT_READERS = {INTAKE_AGENT, COORDINATOR, HANDLER, APPROVER, CALLBACK_AGENT,
            HQ_SUPERVISOR, ANALYST};

    @Bean
    EndpointRules handlingEndpointRules() {
        return endpoints -> {
            step(endpoints, "triage", COORDINATOR, HQ_SUPERVISOR);
            step(endpoints, "retriage", COORDINATOR, HQ_SUPERVISOR);
            step(endpoints, "assignment", COORDINATOR, HQ_SUPERVISOR);
            step(endpoints, "contact", HANDLER, COORDINATOR);
            step(endpoints, "findings", HANDLER, COORDINATOR);
            step(endpoints, "invalidity", COORDINATOR, HQ_SUPERVISOR);
            step(endpoints, "invalidity/explanation", COORDINATOR, HANDLER, HQ_SUPERVISOR);
            step(endpoints, "remedies", HANDLER, COORDINATOR);
            step(endpoints, "remedy/approval", APPROVER);
            step(endpoints, "remedy/rejection", APPROVER);
            step(endpoints, "remedy/offer", HANDLER, COORDINATOR);
            step(endpoints, "remedy/decision", HANDLER, COORDINATOR);
            step(endpoints, "remedy/execution", HANDLER, COORDINATOR);
            step(endpoints, "actions/*/completion", HANDLER, COORDINATOR);
            step(endpoints, "callback/instruction", COORDINATOR, HQ_SUPERVISOR);
            step(endpoints, "callback", CALLBACK_AGENT);
            step(endpoints, "effectiveness-review", COORDINATOR, HQ_SUPERVISOR);
            step(endpoints, "escalations", COORDINATOR, HANDLER, APPROVER, HQ_SUPERVISOR);
            step(endpoints, "takeover", HQ_SUPERVISOR);
            step(endpoints, "clock/pause", COORDINATOR, HANDLER, HQ_SUPERVISOR);
            step(endpoints, "clock/resume", COORDINATOR, HANDLER, HQ_SUPERVISOR);
            endpoints.requestMatchers(HttpMethod.GET, "/api/cases/*", "/api/cases/*/history")
                    .hasAnyAuthority(authorities(CASE_READERS));
            endpoints.requestMatchers("/api/cases/**").denyAll();

            Set<Role> listReaders = EnumSet.noneOf(Role.class);
            for (Worklist list : Worklist.values()) {
                endpoints.requestMatchers(HttpMethod.GET, "/api/worklists/" + list.path())
                        .hasAnyAuthority(authorities(list.readers().toArray(Role[]::new)));
                listReaders.addAll(list.readers());
            }
            // a list of another name is answered 400 by the controller, to anyone who reads some list
            endpoints.requestMatchers(HttpMethod.GET, "/api/worklists/*")
                    .hasAnyAuthority(authorities(listReaders.toArray(Role[]::new)));
            endpoints.requestMatchers("/api/worklists/**").denyAll();

            // the units' departments: for whoever names or filters by them (analysts filter the ledger by them)
            endpoints.requestMatchers(HttpMethod.GET, "/api/organisation/units/*/departments")
                    .hasAnyAuthority(authorities(DEPARTMENT_READERS));
            endpoints.requestMatchers("/api/organisation/**").denyAll();

            // what-if replay: the live configuration to start from, and a period replayed under a candidate
            endpoints.requestMatchers(HttpMethod.GET, "/api/what-if/configuration")
                    .hasAnyAuthority(authorities(RULE_SETTERS));
            endpoints.requestMatchers(HttpMethod.POST, "/api/what-if").hasAnyAuthority(authorities(RULE_SETTERS));
            endpoints.requestMatchers("/api/what-if", "/api/what-if/**").denyAll();
        };
    }

    private static void step(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry endpoints,
                             String step, Role... roles) {
        endpoints.requestMatchers(HttpMethod.POST, "/api/cases/*/" + step).hasAnyAuthority(authorities(roles));
    }

    private static String[] authorities(Role... roles) {
        return Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
    }
}
