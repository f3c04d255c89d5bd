package io.complaints.e2e.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.contentOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** docker-compose.yml (its short syntax) and the files it builds and mounts, read for {@link DockerComposeConsistencyTest}. */
final class ComposeFile {

    static final String PATH = "docker-compose.yml";

    final Path root;
    private final Map<String, Object> compose;

    /** Reads the project the working directory is in: its root (from an IDE) or e2e/ (from Maven). */
    ComposeFile() {
        Path here = Path.of("").toAbsolutePath();
        this.root = Files.isRegularFile(here.resolve(PATH)) ? here : here.getParent();
        this.compose = map(yaml(PATH));
    }

    Set<String> serviceNames() {
        return map(compose.get("services")).keySet();
    }

    Map<String, Object> service(String name) {
        assertThat(serviceNames()).as("services of %s", PATH).contains(name);
        return map(map(compose.get("services")).get(name));
    }

    /** The service whose image is {@code repository}, with any tag. */
    String serviceWithImage(String repository) {
        return serviceNames().stream()
                .filter(s -> String.valueOf(service(s).get("image")).replaceFirst(":[^:/]*$", "").equals(repository))
                .findFirst().orElseThrow(() -> new AssertionError(PATH + " has no service with the image " + repository));
    }

    Map<String, String> env(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        map(service(service).get("environment")).forEach((k, v) -> env.put(k, v == null ? null : String.valueOf(v)));
        return env;
    }

    /** "published:target" entries of {@code ports:}. */
    List<String> ports(String service) {
        return list(service(service).get("ports")).stream().map(String::valueOf).toList();
    }

    /** depends_on (its long form), as service to condition. */
    Map<String, String> dependsOn(String service) {
        return map(service(service).get("depends_on")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, d -> String.valueOf(map(d.getValue()).get("condition"))));
    }

    /** volumes: as source (a named volume, or a path starting with . or /) to container path. */
    Map<String, String> volumes(String service) {
        return list(service(service).get("volumes")).stream().map(v -> String.valueOf(v).split(":"))
                .collect(Collectors.toMap(v -> v[0], v -> v[1]));
    }

    /** Whether {@code service} bind-mounts {@code file}, or a directory holding it, under {@code containerDir}. */
    boolean mounts(String service, String file, String containerDir) {
        return volumes(service).entrySet().stream().anyMatch(v -> v.getValue().startsWith(containerDir)
                && root.resolve(file).normalize().startsWith(root.resolve(v.getKey()).normalize()));
    }

    /** NAME://host:port,... in {@code KAFKA_LISTENERS} or {@code KAFKA_ADVERTISED_LISTENERS}, by listener name. */
    Map<String, Endpoint> kafkaListeners(String kafka, String variable) {
        return Stream.of(env(kafka).getOrDefault(variable, "").split(",")).filter(l -> l.contains("://"))
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf("://")).trim(), Endpoint::parse));
    }

    static String appYml(String service) {
        return service + "/src/main/resources/application.yml";
    }

    /** A dotted key of the service's application.yml, leaving out profile-specific documents. */
    String setting(String service, String key) {
        Object found = null;
        for (Object doc : yamlParser().loadAll(read(appYml(service)))) {
            boolean otherProfile = lookup(doc, "spring.config.activate.on-profile") != null;
            found = otherProfile || lookup(doc, key) == null ? found : lookup(doc, key);
        }
        return found == null ? null : String.valueOf(found);
    }

    int serverPort(String service) {
        String port = setting(service, "server.port");
        assertThat(port).as("server.port in %s", appYml(service)).isNotNull().matches("\\d+");
        return Integer.parseInt(port);
    }

    /** The arguments of the service's Dockerfile instructions {@code keywords} (a regex, such as COPY|ADD), in order. */
    List<String> dockerfile(String service, String keywords) {
        String text = read(service + "/Dockerfile").replaceAll("\\\\\\R", " ");
        return Pattern.compile("(?im)^\\s*(?:" + keywords + ")\\s+(.+)$").matcher(text).results()
                .map(r -> r.group(1).trim()).toList();
    }

    String read(String file) {
        assertThat(root.resolve(file)).as("%s in %s", file, root).isRegularFile();
        return contentOf(root.resolve(file).toFile());
    }

    Object yaml(String file) {
        return yamlParser().load(read(file));
    }

    private static Yaml yamlParser() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false); // docker compose refuses them too
        return new Yaml(new SafeConstructor(options));
    }

    private static Object lookup(Object node, String dotted) {
        for (String key : dotted.split("\\.")) {
            node = node instanceof Map<?, ?> m ? m.get(key) : null;
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    /** Host, port and database (first path segment) of a jdbc:, mongodb: or http: URL, a listener, or host:port. */
    record Endpoint(String host, Integer port, String database) {

        static Endpoint parse(String url) {
            Matcher m = Pattern.compile("(?:[\\w:+.-]+://)?(?:[^@/]*@)?([^:/,?]+)(?::(\\d+))?(?:/([^?/]*))?.*")
                    .matcher(url.trim());
            assertThat(m.matches()).as("'%s' should be a URL or host:port", url).isTrue();
            return new Endpoint(m.group(1), m.group(2) == null ? null : Integer.valueOf(m.group(2)), m.group(3));
        }
    }
}
