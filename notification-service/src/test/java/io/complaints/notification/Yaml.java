package io.complaints.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ByteArrayResource;

/** Settings written as in application.yml, for a context runner. */
public final class Yaml {

    private Yaml() {
    }

    public static ApplicationContextRunner with(ApplicationContextRunner runner, String yaml) {
        return runner.withInitializer(context -> {
            try {
                new YamlPropertySourceLoader().load("test.yml", new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8)))
                        .forEach(source -> context.getEnvironment().getPropertySources().addFirst(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
