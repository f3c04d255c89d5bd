package io.complaints.e2e.compose;

import static io.complaints.e2e.compose.ComposeFile.PATH;
import static io.complaints.e2e.compose.ComposeFile.appYml;
import static io.complaints.e2e.compose.ComposeFile.list;
import static io.complaints.e2e.compose.ComposeFile.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import io.complaints.e2e.compose.ComposeFile.Endpoint;

/**
 * docker-compose.yml, the Dockerfiles and deploy/ repeat what each service's application.yml says (its port, databases,
 * where Kafka, PostgreSQL and MongoDB are): a value changed in one place only fails here, not at {@code docker compose up}.
 */
class DockerComposeConsistencyTest {

    static final List<String> SERVICES =
            List.of("intake-service", "handling-service", "analytics-service", "notification-service");
    static final String INIT_SCRIPT = "deploy/postgres/init-databases.sql";
    static final String PROMETHEUS_CONFIG = "deploy/prometheus/prometheus.yml";
    static final String GRAFANA_DATASOURCE = "deploy/grafana/provisioning/datasources/prometheus.yml";
    static final String REALM_FILE = "deploy/keycloak/complaints-realm.json";
    static final String REALM = "complaints";

    /** A store, as application.yml names it and compose overrides that; port null: Kafka's advertised listener. */
    record Store(String property, String variable, String image, Integer port) {
    }

    static final List<Store> STORES = List.of(
            new Store("spring.datasource.url", "SPRING_DATASOURCE_URL", "postgres", 5432),
            new Store("spring.kafka.bootstrap-servers", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "apache/kafka", null),
            new Store("spring.data.mongodb.uri", "SPRING_DATA_MONGODB_URI", "mongo", 27017));

    final ComposeFile compose = new ComposeFile();

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void isBuiltFromItsOwnDockerfileThatCopiesItsJar(String service) {
        Object build = compose.service(service).get("build");
        assertThat(compose.root.resolve(String.valueOf(build)).normalize())
                .as("%s: build: %s in %s, expected ./%s", service, build, PATH, service).isEqualTo(compose.root.resolve(service));
        String dockerfile = service + "/Dockerfile";
        assertThat(compose.dockerfile(service, "FROM").getLast()).as("%s: runtime image (the last FROM)", dockerfile)
                .matches("eclipse-temurin:21[._0-9]*-jre( .*)?");
        String jar = "(--\\S+\\s+)*(\\[\\s*\")?(\\./)?target/" + Pattern.quote(service) + "\\.jar\\W.*";
        assertThat(compose.dockerfile(service, "COPY|ADD"))
                .as("%s: COPY, expected of target/%s.jar, the jar its module builds (<finalName>)", dockerfile, service)
                .anyMatch(copy -> copy.matches(jar));
        List<String> users = compose.dockerfile(service, "USER");
        assertThat(users.isEmpty() ? "root" : users.getLast())
                .as("%s: the last USER (none means root)", dockerfile).doesNotMatch("(root|0)(:.*)?");
        String port = String.valueOf(compose.serverPort(service));
        assertThat(compose.dockerfile(service, "EXPOSE")).as("%s: EXPOSE, against server.port in %s", dockerfile, appYml(service))
                .anyMatch(ports -> List.of(ports.split("[\\s/]+")).contains(port));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void publishesItsServerPortOnAllInterfaces(String service) {
        String port = String.valueOf(compose.serverPort(service));
        Map<String, String> env = compose.env(service);
        assertThat(compose.ports(service)).as("%s: ports: in %s, against server.port %s in %s", service, PATH, port,
                appYml(service)).containsExactly(port + ":" + port);
        assertThat(env.getOrDefault("SERVER_PORT", port))
                .as("%s: SERVER_PORT in %s, against server.port in %s", service, PATH, appYml(service)).isEqualTo(port);
        assertThat(env.get("SERVER_ADDRESS"))
                .as("%s: SERVER_ADDRESS in %s (the default 127.0.0.1 is unreachable from other containers)", service, PATH)
                .isEqualTo("0.0.0.0");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void reachesTheStoresItsApplicationYmlNamesOnTheComposeNetwork(String service) {
        Map<String, String> env = compose.env(service);
        for (Store store : STORES) {
            String declared = compose.setting(service, store.property());
            String actual = env.get(store.variable());
            if (declared == null) {
                assertThat(actual).as("%s: %s sets %s, but %s defines no %s", service, PATH, store.variable(), appYml(service),
                        store.property()).isNull();
                continue;
            }
            assertThat(actual).as("%s: %s has %s=%s, so %s should set %s", service, appYml(service), store.property(), declared,
                    PATH, store.variable()).isNotNull();
            String host = compose.serviceWithImage(store.image());
            Endpoint expected = store.port() != null ? new Endpoint(host, store.port(), Endpoint.parse(declared).database())
                    : compose.kafkaListeners(host, "KAFKA_ADVERTISED_LISTENERS").values().stream()
                            .filter(listener -> listener.host().equals(host)).findFirst().orElse(null);
            assertThat(Endpoint.parse(actual)).as("%s: %s=%s in %s, against the %s service on the compose network and %s in %s",
                    service, store.variable(), actual, PATH, host, declared, appYml(service)).isEqualTo(expected);
            String condition = compose.service(host).containsKey("healthcheck") ? "service_healthy" : "service_started";
            assertThat(compose.dependsOn(service)).as("%s: depends_on in %s", service, PATH).containsEntry(host, condition);
        }
        if (compose.setting(service, "spring.datasource.url") != null) {
            Map<String, String> postgres = compose.env(compose.serviceWithImage("postgres"));
            assertThat(env.get("SPRING_DATASOURCE_USERNAME")).as("%s: SPRING_DATASOURCE_USERNAME, against POSTGRES_USER", service)
                    .isEqualTo(postgres.getOrDefault("POSTGRES_USER", "postgres"));
            assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).as("%s: SPRING_DATASOURCE_PASSWORD, against POSTGRES_PASSWORD",
                    service).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
        }
        // Axon reads this from the process environment, not from Spring
        if (compose.read(service + "/pom.xml").contains("<artifactId>axon-spring-boot-starter</artifactId>")) {
            assertThat(env.get("AXONIQ_UPDATE_CHECKER_DISABLED"))
                    .as("%s: runs Axon, so %s should set AXONIQ_UPDATE_CHECKER_DISABLED", service, PATH).isEqualTo("true");
        }
    }

    @Test
    void kafkaAdvertisesOneListenerOnTheComposeNetworkAndOnePublishedToTheHost() {
        String kafka = compose.serviceWithImage("apache/kafka");
        Map<String, String> env = compose.env(kafka);
        assertThat(env.get("KAFKA_PROCESS_ROLES")).as("%s: KAFKA_PROCESS_ROLES, one KRaft node", kafka)
                .contains("broker", "controller");
        assertThat(env.get("CLUSTER_ID")).as("%s: CLUSTER_ID, needed to format KRaft storage", kafka).isNotBlank();
        Map<String, Endpoint> advertised = compose.kafkaListeners(kafka, "KAFKA_ADVERTISED_LISTENERS");
        Map<String, Endpoint> bound = compose.kafkaListeners(kafka, "KAFKA_LISTENERS");
        assertThat(bound.keySet()).as("%s: KAFKA_LISTENERS, against KAFKA_ADVERTISED_LISTENERS %s", kafka, advertised)
                .containsAll(advertised.keySet());
        List<String> onNetwork = advertised.keySet().stream().filter(l -> advertised.get(l).host().equals(kafka)).toList();
        assertThat(onNetwork).as("%s: listeners advertised on the host name '%s' in %s", kafka, kafka, advertised).hasSize(1);
        assertThat(advertised.get(onNetwork.getFirst()).port())
                .as("%s: port of the advertised listener %s, against KAFKA_LISTENERS %s", kafka, onNetwork.getFirst(), bound)
                .isEqualTo(bound.get(onNetwork.getFirst()).port());
        assertThat(advertised.keySet()).as("%s: a listener advertised besides %s, published to the host in ports: %s",
                kafka, onNetwork, compose.ports(kafka)).anyMatch(l -> !onNetwork.contains(l)
                        && compose.ports(kafka).contains(advertised.get(l).port() + ":" + bound.get(l).port()));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("SERVICES")
    void trustsTheTokensKeycloakIssuesToBrowsersAndFetchesItsKeysOnTheComposeNetwork(String service) {
        String keycloak = compose.serviceWithImage("quay.io/keycloak/keycloak");
        Map<String, String> kc = compose.env(keycloak);
        Map<String, String> env = compose.env(service);
        String issuer = kc.get("KC_HOSTNAME") + "/realms/" + REALM;
        assertThat(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI"))
                .as("%s: the issuer, against KC_HOSTNAME of %s in %s", service, keycloak, PATH).isEqualTo(issuer);
        Endpoint published = Endpoint.parse(kc.get("KC_HOSTNAME"));
        assertThat(compose.ports(keycloak)).as("%s: ports: publishing KC_HOSTNAME %s", keycloak, published)
                .anyMatch(p -> p.startsWith(published.port() + ":"));
        String internal = "http://" + keycloak + ":" + compose.ports(keycloak).getFirst().replaceFirst(".*:", "")
                + "/realms/" + REALM + "/protocol/openid-connect/";
        assertThat(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI"))
                .as("%s: the JWK set, on the compose network", service).isEqualTo(internal + "certs");
        assertThat(env.get("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES")).as("%s: audiences", service)
                .isEqualTo("complaints-api");
        if (env.containsKey("COMPLAINTS_NOTIFICATIONS_COMPLAINANT_TOKENURI")) {
            assertThat(env.get("COMPLAINTS_NOTIFICATIONS_COMPLAINANT_TOKENURI")).as("%s: token URI", service)
                    .isEqualTo(internal + "token");
        }
        assertThat(compose.dependsOn(service)).as("%s: depends_on in %s", service, PATH)
                .containsEntry(keycloak, "service_healthy");
        assertThat(compose.mounts(keycloak, REALM_FILE, "/opt/keycloak/data/import"))
                .as("%s: %s should mount %s under /opt/keycloak/data/import", keycloak, PATH, REALM_FILE).isTrue();
    }

    @Test
    void postgresInitScriptCreatesEveryDatabaseTheServicesUse() {
        String postgres = compose.serviceWithImage("postgres");
        assertThat(compose.mounts(postgres, INIT_SCRIPT, "/docker-entrypoint-initdb.d"))
                .as("%s: %s should mount %s under /docker-entrypoint-initdb.d", postgres, PATH, INIT_SCRIPT).isTrue();
        List<String> created = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?(\\w+)").matcher(compose.read(INIT_SCRIPT))
                .results().map(r -> r.group(1)).toList();
        for (String service : SERVICES) {
            Stream.of(compose.setting(service, "spring.datasource.url"), compose.env(service).get("SPRING_DATASOURCE_URL"))
                    .filter(url -> url != null)
                    .forEach(url -> assertThat(created).as("%s: databases created by %s, against %s", service, INIT_SCRIPT, url)
                            .contains(Endpoint.parse(url).database()));
        }
    }

    @Test
    void prometheusScrapesEveryServiceOnItsServerPort() {
        String prometheus = compose.serviceWithImage("prom/prometheus");
        assertThat(compose.mounts(prometheus, PROMETHEUS_CONFIG, "/etc/prometheus"))
                .as("%s: %s should mount %s under /etc/prometheus", prometheus, PATH, PROMETHEUS_CONFIG).isTrue();
        Map<String, Object> metricsPaths = new LinkedHashMap<>(); // target to metrics_path
        list(map(compose.yaml(PROMETHEUS_CONFIG)).get("scrape_configs")).stream().map(ComposeFile::map).forEach(job ->
                list(job.get("static_configs")).forEach(config -> list(map(config).get("targets"))
                        .forEach(t -> metricsPaths.put(String.valueOf(t), job.getOrDefault("metrics_path", "/metrics")))));
        metricsPaths.keySet().stream().map(Endpoint::parse).filter(t -> !SERVICES.contains(t.host())).forEach(t ->
                assertThat(compose.ports(t.host())).as("%s: target %s, against ports: in %s", PROMETHEUS_CONFIG, t, PATH)
                        .anyMatch(p -> p.endsWith(":" + t.port())));
        for (String service : SERVICES) {
            assertThat(metricsPaths).as("%s: targets and their metrics_path, against server.port of %s in %s",
                    PROMETHEUS_CONFIG, service, appYml(service))
                    .containsEntry(service + ":" + compose.serverPort(service), "/actuator/prometheus");
        }
    }

    @Test
    void grafanaIsProvisionedWithThePrometheusService() {
        String grafana = compose.serviceWithImage("grafana/grafana");
        String prometheus = compose.serviceWithImage("prom/prometheus");
        assertThat(compose.mounts(grafana, GRAFANA_DATASOURCE, "/etc/grafana/provisioning"))
                .as("%s: %s should mount %s under /etc/grafana/provisioning", grafana, PATH, GRAFANA_DATASOURCE).isTrue();
        assertThat(compose.ports(grafana)).as("%s: ports: in %s", grafana, PATH).contains("3000:3000");
        List<Endpoint> urls = list(map(compose.yaml(GRAFANA_DATASOURCE)).get("datasources")).stream().map(ComposeFile::map)
                .filter(d -> "prometheus".equals(d.get("type"))).map(d -> Endpoint.parse(String.valueOf(d.get("url")))).toList();
        assertThat(urls).as("%s: urls of the prometheus datasources, against the service %s and its ports: %s in %s",
                GRAFANA_DATASOURCE, prometheus, compose.ports(prometheus), PATH).isNotEmpty().allMatch(url -> url.host()
                        .equals(prometheus) && compose.ports(prometheus).stream().anyMatch(p -> p.endsWith(":" + url.port())));
    }

    @Test
    void mountedFilesExistAndNamedVolumesAreDeclared() {
        Set<String> declared = map(map(compose.yaml(PATH)).get("volumes")).keySet();
        for (String service : compose.serviceNames()) {
            for (String source : compose.volumes(service).keySet()) {
                assertThat(source.matches("[./].*") ? compose.root.resolve(source).toFile().exists() : declared.contains(source))
                        .as("%s: %s in %s should be an existing path or a declared volume", service, source, PATH).isTrue();
            }
        }
    }
}
