package io.complaints.handling.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CauseCatalogueProperties.class, Recusal.class})
class CaseConfiguration {
}
