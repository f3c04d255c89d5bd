package io.complaints.intake.config;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.complaints.platform.Actor;
import io.complaints.platform.web.ActorArgumentResolver;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

/** The OpenAPI description of intake's API ({@code /v3/api-docs}, UI at {@code /swagger-ui.html}). */
@Configuration
class OpenApiConfiguration {

    static {
        // the actor comes from headers, documented once for every operation below
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI intakeApi() {
        return new OpenAPI().info(new Info()
                .title("intake-service")
                .version("v1")
                .description("""
                        Registers complaints from every branch and channel, gives each its registration number, \
                        keeps the audit trail and the complainants' personal data (the one store of it). \
                        Refusals are RFC 7807 application/problem+json naming each field and rule."""));
    }

    @Bean
    OperationCustomizer actorHeaders() {
        return (operation, handler) -> {
            boolean takesActor = java.util.Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> Actor.class.equals(parameter.getParameterType()));
            if (takesActor) {
                operation.addParametersItem(new HeaderParameter().name(ActorArgumentResolver.ACTOR_ID)
                        .description("who acts (until sign-in exists)").schema(new StringSchema().example("agent.li")));
                operation.addParametersItem(new HeaderParameter().name(ActorArgumentResolver.ACTOR_UNIT)
                        .description("the unit the actor acts for").schema(new StringSchema().example("SH-PD")));
            }
            return operation;
        };
    }
}
