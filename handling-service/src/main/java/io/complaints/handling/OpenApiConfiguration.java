package io.complaints.handling;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The OpenAPI description of handling's API ({@code /v3/api-docs}, UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI handlingApi() {
        return new OpenAPI().info(new Info()
                .title("handling-service")
                .version("v1")
                .description("""
                        The life of a case from triage to callback: every rule of who may do what and when is \
                        the case's own; time limits by the unit's calendar; escalation up to HQ. Every call \
                        carries a bearer access token naming its actor (id, unit, roles, department). \
                        Refusals are RFC 7807 application/problem+json: 400 a malformed body, 401 no valid \
                        token, 403 not permitted (rule role, unit-scope, assigned-handler, four-eyes, \
                        callback-independence), 404 no such case among the caller's units, 409 out of turn \
                        or against a rule."""));
    }
}
