package io.complaints.e2e.deploy;

import static io.complaints.e2e.deploy.ProjectFiles.SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.complaints.events.Topics;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Every overlay of deploy/k8s renders ({@code kubectl kustomize}), and what it renders runs each service as its
 * application.yml and the contract module say: its port, its health groups, its sign-in settings, secrets from
 * Secrets only, a locked-down container, and the topics the services use kept forever.
 */
class KubernetesManifestsTest {

    static final String ISSUER = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI";
    static final String JWK_SET = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI";
    static final String AUDIENCES = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES";
    static final String PROFILES = "SPRING_PROFILES_ACTIVE";
    /** Names of settings that hold a credential, or a URL that carries one. */
    static final String SECRET_NAME = "(?i).*(PASSWORD|SECRET|CREDENTIAL|TOKEN(?!URI)|MONGODB_URI|USERNAME|CONTACTKEYS|MASTERKEY).*";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void everyServiceHasItsDeploymentServiceConfigBudgetAutoscalerAndNetworkPolicy(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        for (String service : SERVICES) {
            rendered.one(Deployment.class, service);
            rendered.one(Service.class, service);
            rendered.one(PodDisruptionBudget.class, service);
            rendered.one(NetworkPolicy.class, service);
            HorizontalPodAutoscaler hpa = rendered.one(HorizontalPodAutoscaler.class, service);
            assertThat(hpa.getSpec().getScaleTargetRef().getName()).as("%s: HPA %s scales", rendered, service).isEqualTo(service);
            assertThat(rendered.all(ConfigMap.class).map(c -> c.getMetadata().getName()))
                    .as("%s: the ConfigMap of %s's settings", rendered, service).anyMatch(n -> n.startsWith(service + "-config"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void containersListenOnTheServerPortAndAreProbedOnTheHealthGroups(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        for (String service : SERVICES) {
            int port = ProjectFiles.serverPort(service);
            Container container = rendered.container(service);
            assertThat(container.getPorts()).as("%s: ports of %s, against server.port %d in its application.yml", rendered,
                    service, port).singleElement().satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(port));
            String portName = container.getPorts().getFirst().getName();
            Service svc = rendered.one(Service.class, service);
            assertThat(svc.getSpec().getPorts()).as("%s: Service %s", rendered, service).singleElement().satisfies(p -> {
                assertThat(p.getPort()).isEqualTo(port);
                assertThat(targets(p.getTargetPort(), port, portName)).as("targetPort %s", p.getTargetPort()).isTrue();
            });
            assertThat(svc.getSpec().getSelector()).as("%s: Service %s selects the pods of its Deployment", rendered, service)
                    .isEqualTo(rendered.one(Deployment.class, service).getSpec().getSelector().getMatchLabels());
            assertProbe(rendered, service, "liveness", container.getLivenessProbe(), "/actuator/health/liveness", port, portName);
            assertProbe(rendered, service, "readiness", container.getReadinessProbe(), "/actuator/health/readiness", port,
                    portName);
            assertProbe(rendered, service, "startup", container.getStartupProbe(), "/actuator/health/liveness", port, portName);
            assertThat(container.getResources().getRequests()).as("%s: %s requests", rendered, service).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as("%s: %s limits", rendered, service).containsKeys("cpu", "memory");
        }
    }

    private static void assertProbe(RenderedOverlay rendered, String service, String kind, Probe probe, String path, int port,
                                    String portName) {
        assertThat(probe).as("%s: %s's %s probe", rendered, service, kind).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get).as("%s: %s's %s probe is an HTTP GET", rendered, service, kind).isNotNull();
        assertThat(get.getPath()).as("%s: %s's %s probe path", rendered, service, kind).isEqualTo(path);
        assertThat(targets(get.getPort(), port, portName)).as("%s: %s's %s probe port %s, against server.port %d", rendered,
                service, kind, get.getPort(), port).isTrue();
    }

    private static boolean targets(IntOrString target, int port, String portName) {
        return target != null && (Integer.valueOf(port).equals(target.getIntVal())
                || portName != null && portName.equals(target.getStrVal()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void servicesTrustTheRealmsTokensAndRunOutsideTheLocalProfileInProduction(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        for (String service : SERVICES) {
            Map<String, String> env = rendered.environment(service);
            assertThat(env).as("%s: %s's environment", rendered, service).containsKeys(ISSUER, JWK_SET, PROFILES)
                    .containsEntry(AUDIENCES, "complaints-api");
            assertThat(env.get(ISSUER)).as("%s: %s's issuer", rendered, service).endsWith("/realms/complaints");
            if (overlay.equals("production")) {
                assertThat(List.of(env.get(PROFILES).split("\\s*,\\s*"))).as("%s: %s's active profiles", rendered, service)
                        .doesNotContain("local");
                assertThat(env.values()).as("%s: %s's settings hold no development secret", rendered, service)
                        .noneMatch(v -> v != null && v.contains("dev-only-"));
            }
        }
        assertThat(rendered.environment("notification-service"))
                .containsKeys("COMPLAINTS_NOTIFICATIONS_COMPLAINANT_TOKENURI", "COMPLAINTS_NOTIFICATIONS_COMPLAINANT_CLIENTID",
                        "COMPLAINTS_NOTIFICATIONS_COMPLAINANT_CLIENTSECRET");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void secretsComeFromSecretsByReferenceAndNoneIsCommitted(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        assertThat(rendered.all(Secret.class).map(s -> s.getMetadata().getName()))
                .as("%s: Secrets with values in the manifests", rendered).isEmpty();
        for (ConfigMap config : rendered.all(ConfigMap.class).toList()) {
            assertThat(config.getData().keySet()).as("%s: keys of ConfigMap %s", rendered, config.getMetadata().getName())
                    .noneMatch(k -> k.matches(SECRET_NAME));
        }
        for (String service : SERVICES) {
            for (EnvVar env : rendered.container(service).getEnv()) {
                assertThat(env.getValue()).as("%s: %s's %s is literal; take it from a Secret (secretKeyRef)", rendered, service,
                        env.getName()).isNull();
                assertThat(env.getValueFrom().getSecretKeyRef())
                        .as("%s: %s's %s comes from a Secret", rendered, service, env.getName()).isNotNull();
            }
            assertThat(rendered.container(service).getEnv()).as("%s: %s's secret settings", rendered, service)
                    .extracting(EnvVar::getName).allMatch(n -> n.matches(SECRET_NAME));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void containersRunAsNonRootOnAReadOnlyFilesystemWithoutPrivileges(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        for (String service : SERVICES) {
            PodSpec pod = rendered.one(Deployment.class, service).getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as("%s: %s runAsNonRoot", rendered, service).isTrue();
            assertThat(pod.getSecurityContext().getSeccompProfile().getType()).as("%s: %s seccomp", rendered, service)
                    .isEqualTo("RuntimeDefault");
            var security = rendered.container(service).getSecurityContext();
            assertThat(security.getReadOnlyRootFilesystem()).as("%s: %s readOnlyRootFilesystem", rendered, service).isTrue();
            assertThat(security.getAllowPrivilegeEscalation()).as("%s: %s allowPrivilegeEscalation", rendered, service).isFalse();
            assertThat(security.getCapabilities().getDrop()).as("%s: %s dropped capabilities", rendered, service).contains("ALL");
            assertThat(rendered.container(service).getVolumeMounts()).as("%s: %s writes to /tmp only", rendered, service)
                    .anyMatch(m -> m.getMountPath().equals("/tmp") && pod.getVolumes().stream()
                            .anyMatch(v -> v.getName().equals(m.getName()) && v.getEmptyDir() != null));
        }
    }

    @Test
    void productionRunsSeveralInstancesOfEveryService() {
        RenderedOverlay rendered = RenderedOverlay.render("production");
        for (String service : SERVICES) {
            assertThat(rendered.one(Deployment.class, service).getSpec().getReplicas()).as("%s: replicas of %s", rendered, service)
                    .isGreaterThanOrEqualTo(2);
            assertThat(rendered.one(HorizontalPodAutoscaler.class, service).getSpec().getMinReplicas())
                    .as("%s: minReplicas of %s", rendered, service).isGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void topicsAreTheContractsTopicsAndTheirDeadLetterTopicsKeptForever(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        Set<String> expected = new TreeSet<>(List.of(Topics.INTAKE, Topics.HANDLING));
        for (String service : SERVICES) {
            ProjectFiles.consumes(service).forEach(topic -> expected.add(Topics.deadLetter(topic, service)));
        }
        List<GenericKubernetesResource> topics = rendered.custom("KafkaTopic").toList();
        assertThat(topics).extracting(KubernetesManifestsTest::topicName).as("%s: KafkaTopics, against %s and the services' "
                + "complaints.kafka.consumes", rendered, Topics.class.getName()).containsExactlyInAnyOrderElementsOf(expected);
        boolean production = overlay.equals("production");
        for (GenericKubernetesResource topic : topics) {
            Map<String, Object> spec = spec(topic);
            Map<String, Object> config = map(spec.get("config"));
            String name = topicName(topic);
            assertThat(String.valueOf(spec.get("partitions"))).as("%s: partitions of %s", rendered, name).isEqualTo("6");
            assertThat(String.valueOf(config.get("retention.ms"))).as("%s: retention.ms of %s", rendered, name).isEqualTo("-1");
            assertThat(String.valueOf(config.get("retention.bytes"))).as("%s: retention.bytes of %s", rendered, name)
                    .isEqualTo("-1");
            if (production) {
                assertThat(String.valueOf(spec.get("replicas"))).as("%s: replicas of %s", rendered, name).isEqualTo("3");
                assertThat(String.valueOf(config.get("min.insync.replicas"))).as("%s: min.insync.replicas of %s", rendered, name)
                        .isEqualTo("2");
            }
        }
        assertThat(rendered.custom("Kafka")).as("%s: the Kafka cluster", rendered).hasSize(1);
        assertThat(rendered.custom("KafkaNodePool")).as("%s: KRaft node pools", rendered).isNotEmpty();
        assertThat(rendered.custom("Cluster").map(c -> c.getMetadata().getName()))
                .as("%s: CloudNativePG clusters of the event stores", rendered).contains("intake-db", "handling-db");
        assertThat(rendered.custom("MongoDBCommunity")).as("%s: the MongoDB replica set", rendered).hasSize(1);
        assertThat(rendered.custom("Keycloak")).as("%s: Keycloak", rendered).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"local", "production"})
    void theOrganisationTreeIsTheOneTheServicesShip(String overlay) {
        RenderedOverlay rendered = RenderedOverlay.render(overlay);
        ConfigMap tree = rendered.all(ConfigMap.class).filter(c -> c.getMetadata().getName().startsWith("complaints-organisation"))
                .findFirst().orElseThrow(() -> new AssertionError(rendered + ": no ConfigMap complaints-organisation"));
        Object shipped = ProjectFiles.yaml(ProjectFiles.read("platform/src/main/resources/complaints-organisation.yml"));
        assertThat(ProjectFiles.yaml(tree.getData().get("organisation.yml")))
                .as("%s: the organisation tree, against the services' sample tree (change both together)", rendered)
                .isEqualTo(shipped);
    }

    @Test
    void theKafkaLagAutoscalingPatchReadsAsAutoscalersOfTheConsumers() {
        String file = RenderedOverlay.OVERLAYS + "production/hpa-kafka-lag.yaml";
        KubernetesSerialization serialization = new KubernetesSerialization();
        List<HasMetadata> patches = new ArrayList<>();
        for (String doc : ProjectFiles.read(file).split("(?m)^---\\s*$")) {
            patches.add(serialization.unmarshal(doc));
        }
        assertThat(patches).as(file).allSatisfy(p -> {
            assertThat(p).isInstanceOf(HorizontalPodAutoscaler.class);
            assertThat(SERVICES).contains(p.getMetadata().getName());
            assertThat(((HorizontalPodAutoscaler) p).getSpec().getMetrics()).extracting(m -> m.getType())
                    .contains("Resource", "External");
        }).isNotEmpty();
    }

    private static String topicName(GenericKubernetesResource topic) {
        Object name = spec(topic).get("topicName");
        return name == null ? topic.getMetadata().getName() : String.valueOf(name);
    }

    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return map(resource.getAdditionalProperties().get("spec"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
