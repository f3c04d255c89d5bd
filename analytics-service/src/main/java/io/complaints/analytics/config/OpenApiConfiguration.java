package io.complaints.analytics.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The OpenAPI description of analytics' API ({@code /v3/api-docs}, UI at {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI analyticsApi() {
        return new OpenAPI().info(new Info()
                .title("analytics-service")
                .version("v1")
                .description("""
                        The read models built from every service's events: the complaint ledger (投诉台账) and its \
                        CSV and Excel exports, each complaint's timeline, the escalation board (升级看板) and the \
                        monthly and yearly statistics (投诉管理月度统计分析). Each caller sees its own unit and the \
                        units below it. Refusals are RFC 7807 application/problem+json naming each field and rule."""));
    }
}
