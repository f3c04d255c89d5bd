package io.complaints.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Files of the project, read from its root (from an IDE) or from e2e/ (from Maven), and the services' settings. */
final class ProjectFiles {

    static final List<String> SERVICES =
            List.of("intake-service", "handling-service", "analytics-service", "notification-service");

    static final Path ROOT = locateRoot();

    private ProjectFiles() {
    }

    private static Path locateRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("deploy")) ? here : here.getParent();
    }

    static String read(String file) {
        Path path = ROOT.resolve(file);
        assertThat(path).as("%s in %s", file, ROOT).isRegularFile();
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first document of a YAML text (an application.yml may add profile documents after it). */
    static Object yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text).iterator().next();
    }

    /** A dotted key of the service's application.yml (its first document). */
    static Object setting(String service, String dotted) {
        Object node = yaml(read(service + "/src/main/resources/application.yml"));
        for (String key : dotted.split("\\.")) {
            node = node instanceof Map<?, ?> m ? m.get(key) : null;
        }
        return node;
    }

    static int serverPort(String service) {
        Object port = setting(service, "server.port");
        assertThat(port).as("server.port of %s", service).isInstanceOf(Integer.class);
        return (Integer) port;
    }

    /** The topics the service consumes (complaints.kafka.consumes), none for a service that only publishes. */
    static List<String> consumes(String service) {
        return setting(service, "complaints.kafka.consumes") instanceof List<?> topics
                ? topics.stream().map(String::valueOf).toList() : List.of();
    }
}
