package io.complaints.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** deploy/k8s/overlays/{name} as {@code kubectl kustomize} renders it, read into the typed Kubernetes model. */
final class RenderedOverlay {

    static final String OVERLAYS = "deploy/k8s/overlays/";

    final String name;
    final List<HasMetadata> objects;

    private RenderedOverlay(String name, List<HasMetadata> objects) {
        this.name = name;
        this.objects = objects;
    }

    static RenderedOverlay render(String name) {
        String dir = OVERLAYS + name;
        String yaml = kubectl("kustomize", ProjectFiles.ROOT.resolve(dir).toString());
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<HasMetadata> objects = Stream.of(yaml.split("(?m)^---\\s*$")).filter(doc -> !doc.isBlank())
                .map(doc -> (HasMetadata) serialization.unmarshal(doc)).toList();
        assertThat(objects).as("objects rendered from %s", dir).isNotEmpty();
        return new RenderedOverlay(name, objects);
    }

    /** Runs kubectl; fails (never skips) when it is missing: bin/check-deploy installs it. */
    static String kubectl(String... args) {
        String[] command = Stream.concat(Stream.of("kubectl"), Stream.of(args)).toArray(String[]::new);
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException missing) {
            return fail("kubectl is needed to render deploy/k8s (kubectl kustomize) and was not found on the PATH: "
                    + "install it (apt-get install -y kubectl, or Debian's kubernetes-client; bin/check-deploy does)", missing);
        }
        try {
            process.getOutputStream().close();
            // kustomize writes little to stderr: reading it after stdout cannot block
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("%s finished", String.join(" ", command)).isTrue();
            assertThat(process.exitValue()).as("%s failed:%n%s", String.join(" ", command), err).isZero();
            return out;
        } catch (IOException | InterruptedException e) {
            return fail("running " + String.join(" ", command), e);
        }
    }

    <T extends HasMetadata> Stream<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }

    <T extends HasMetadata> T one(Class<T> type, String objectName) {
        return find(type, objectName).orElseThrow(() -> new AssertionError(
                "%s: no %s named %s among %s".formatted(this, type.getSimpleName(), objectName, names())));
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String objectName) {
        return all(type).filter(o -> o.getMetadata().getName().equals(objectName)).findFirst();
    }

    /** Custom resources (Strimzi, CloudNativePG, MongoDB, Keycloak) of this kind. */
    Stream<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).filter(r -> kind.equals(r.getKind()));
    }

    Container container(String service) {
        Deployment deployment = one(Deployment.class, service);
        return deployment.getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(service)).findFirst()
                .orElseThrow(() -> new AssertionError(this + ": Deployment " + service + " has no container " + service));
    }

    /** What the container's environment holds: env entries (their literal values) and every envFrom ConfigMap's data. */
    Map<String, String> environment(String service) {
        Container container = container(service);
        Map<String, String> env = new LinkedHashMap<>();
        container.getEnvFrom().forEach(from -> {
            assertThat(from.getConfigMapRef()).as("%s: %s envFrom takes ConfigMaps only (secrets by secretKeyRef)", this,
                    service).isNotNull();
            env.putAll(one(ConfigMap.class, from.getConfigMapRef().getName()).getData());
        });
        container.getEnv().forEach(e -> env.put(e.getName(), e.getValue()));
        return env;
    }

    List<String> names() {
        return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList();
    }

    @Override
    public String toString() {
        return OVERLAYS + name;
    }
}
