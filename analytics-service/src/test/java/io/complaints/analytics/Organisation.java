package io.complaints.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.organisation.OrganisationProperties;
import io.complaints.platform.organisation.UnitDirectory;

/** The organisation tree every service ships (HQ; SH > SH-PD, SH-XH; BJ > BJ-CY, BJ-HD; GZ > GZ-TH), for tests without Spring. */
public final class Organisation {

    private Organisation() {
    }

    public static UnitDirectory units() {
        try {
            var sources = new YamlPropertySourceLoader().load("organisation",
                    new ClassPathResource("complaints-organisation.yml"));
            return new UnitDirectory(new Binder(ConfigurationPropertySources.from(sources))
                    .bind("complaints.organisation", OrganisationProperties.class).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Visibility visibility() {
        return new Visibility(units());
    }
}
