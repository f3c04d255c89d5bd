package io.complaints.intake.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The OpenAPI description of intake's API ({@code /v3/api-docs}, UI at {@code /swagger-ui.html}). */
@Configuration
class OpenApiConfiguration {

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
}
