package io.complaints.intake.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The master key that wraps every complainant's data key in table {@code personal_data_key}: from a
 * secret store, never the development value of profile {@code local}. Changing it makes the stored data
 * keys unreadable: rotate by re-wrapping them.
 */
@ConfigurationProperties("complaints.intake.personal-data")
public record PersonalDataProperties(String masterKey) {

    public PersonalDataProperties {
        if (masterKey == null || masterKey.isBlank()) {
            throw new IllegalStateException("complaints.intake.personal-data.master-key is not set: the data keys of "
                    + "complainants are wrapped by it");
        }
    }
}
