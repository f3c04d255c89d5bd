package io.complaints.notification.rules;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;

import io.complaints.notification.directory.Directory;
import io.complaints.notification.directory.DirectoryProperties;

/** The rules table and directory of the service's own application.yml, bound as Spring Boot binds them. */
public final class ShippedConfiguration {

    private static final Binder BINDER = binder();

    private ShippedConfiguration() {
    }

    public static RuleBook ruleBook() {
        return new RuleBook(BINDER.bindOrCreate("complaints.notifications", NotificationRules.class).rules());
    }

    public static Directory directory() {
        return new Directory(BINDER.bindOrCreate("complaints.notifications.directory", DirectoryProperties.class));
    }

    private static Binder binder() {
        try {
            var sources = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
            return new Binder(ConfigurationPropertySources.from(sources), null,
                    ApplicationConversionService.getSharedInstance());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
