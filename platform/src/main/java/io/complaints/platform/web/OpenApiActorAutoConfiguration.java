package io.complaints.platform.web;

import java.util.Arrays;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;

/**
 * In a service with an OpenAPI description: the actor of an operation is documented as the headers
 * it is read from ({@link ActorArgumentResolver}), not as a request parameter.
 */
@AutoConfiguration
@ConditionalOnClass(OperationCustomizer.class)
public class OpenApiActorAutoConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OperationCustomizer actorHeaders() {
        return (operation, handler) -> {
            boolean takesActor = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> Actor.class.equals(parameter.getParameterType()));
            if (takesActor) {
                operation.addParametersItem(new HeaderParameter().name(ActorArgumentResolver.ACTOR_ID).required(true)
                        .description("who acts (until sign-in exists)").schema(new StringSchema().example("agent.li")));
                operation.addParametersItem(new HeaderParameter().name(ActorArgumentResolver.ACTOR_UNIT).required(true)
                        .description("the unit the actor acts for").schema(new StringSchema().example("SH-PD")));
                StringSchema roles = new StringSchema();
                Arrays.stream(Role.values()).filter(role -> role != Role.SYSTEM).forEach(role -> roles.addEnumItem(role.name()));
                operation.addParametersItem(new HeaderParameter().name(ActorArgumentResolver.ACTOR_ROLE)
                        .description("the actor's role, where the operation asks for one").schema(roles));
                operation.addParametersItem(new HeaderParameter().name(ActorArgumentResolver.ACTOR_DEPARTMENT)
                        .description("the actor's department, where the operation asks for one")
                        .schema(new StringSchema().example("quality")));
            }
            return operation;
        };
    }
}
