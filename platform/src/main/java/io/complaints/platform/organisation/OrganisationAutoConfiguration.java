package io.complaints.platform.organisation;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The organisation tree every service reads from {@code complaints.organisation}. */
@AutoConfiguration
@EnableConfigurationProperties(OrganisationProperties.class)
public class OrganisationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    UnitDirectory unitDirectory(OrganisationProperties properties) {
        return new UnitDirectory(properties);
    }
}
