package io.complaints.handling.deadline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/** Deadline settings written as they are in application.yml. */
final class DeadlineYaml {

    private DeadlineYaml() {
    }

    /** The YAML as a property source, as Spring Boot reads application.yml. */
    static List<PropertySource<?>> read(String yaml) {
        try {
            return new YamlPropertySourceLoader().load("test.yml",
                    new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code complaints.deadlines} of the YAML, bound the way Spring Boot binds it. */
    static DeadlineProperties bind(String yaml) {
        Binder binder = new Binder(ConfigurationPropertySources.from(read(yaml)), null,
                ApplicationConversionService.getSharedInstance());
        return binder.bindOrCreate("complaints.deadlines", DeadlineProperties.class);
    }

    /** The policy configured by the YAML. */
    static ConfiguredDeadlinePolicy policy(String yaml) {
        return new ConfiguredDeadlinePolicy(bind(yaml));
    }
}
