package io.complaints.handling.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.complaints.platform.organisation.OrganisationProperties;
import io.complaints.platform.organisation.UnitDirectory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CauseCatalogueProperties.class, Recusal.class})
class CaseConfiguration {

    /** The departments of each unit, from the organisation tree every service shares. */
    @Bean
    Departments departments(UnitDirectory units) {
        return (unit, code) -> units.department(unit, code).map(OrganisationProperties.Department::code);
    }
}
