package io.complaints.e2e.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.complaints.testsupport.Infrastructure;
import io.complaints.testsupport.KeycloakServer;

/**
 * The whole system for end-to-end tests: the shared infrastructure (containers, or the embedded
 * parts), the identity provider ({@link SharedKeycloak}) and the four services as separate JVMs from
 * their packaged jars, in the {@code local} profile (development secrets). Started once per test
 * JVM, on first use; stopped after the last test class, services first.
 */
public final class RunningSystem implements BeforeAllCallback {

    public static final String INTAKE = "intake-service";
    public static final String HANDLING = "handling-service";
    public static final String ANALYTICS = "analytics-service";
    public static final String NOTIFICATION = "notification-service";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static RunningSystem instance;

    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Path logs;
    /** The SMTP server intake's portal sends its e-mails to (codes, tracking codes). */
    private final MailCatcher mail;

    /** For JUnit's {@code @ExtendWith}; the system itself is {@link #get()}. */
    public RunningSystem() {
        mail = null;
        logs = null;
    }

    private RunningSystem(Infrastructure infrastructure, KeycloakServer keycloak, Path root, Path logs) {
        this.logs = logs;
        try {
            mail = new MailCatcher();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String kafka = infrastructure.kafkaBootstrapServers();
        for (String name : List.of(INTAKE, HANDLING, ANALYTICS, NOTIFICATION)) {
            Map<String, String> environment = new LinkedHashMap<>();
            environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            environment.put("SPRING_PROFILES_ACTIVE", "local");
            environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
            environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", keycloak.issuerUri().toString());
            environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWKSETURI", keycloak.jwkSetUri().toString());
            environment.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES", "complaints-api");
            if (name.equals(NOTIFICATION)) {
                environment.put("COMPLAINTS_NOTIFICATIONS_COMPLAINANT_TOKENURI", keycloak.tokenUri().toString());
                environment.put("COMPLAINTS_NOTIFICATIONS_COMPLAINANT_CLIENTID", KeycloakServer.NOTIFICATION_CLIENT);
                environment.put("COMPLAINTS_NOTIFICATIONS_COMPLAINANT_CLIENTSECRET", KeycloakServer.NOTIFICATION_DEV_SECRET);
            }
            if (name.equals(INTAKE)) {
                environment.put("SPRING_MAIL_PORT", String.valueOf(mail.port()));
            }
            if (name.equals(ANALYTICS)) { // the ledger has intake open the complainants' sealed texts
                environment.put("COMPLAINTS_ANALYTICS_INTAKE_URL", services.get(INTAKE).uri("").toString());
                environment.put("COMPLAINTS_ANALYTICS_INTAKE_TOKENURI", keycloak.tokenUri().toString());
                environment.put("COMPLAINTS_ANALYTICS_INTAKE_CLIENTSECRET", KeycloakServer.ANALYTICS_DEV_SECRET);
            }
            String database = name.substring(0, name.indexOf('-'));
            if (name.equals(INTAKE) || name.equals(HANDLING)) {
                environment.put("SPRING_DATASOURCE_URL", infrastructure.postgresJdbcUrl(database));
                environment.put("SPRING_DATASOURCE_USERNAME", infrastructure.postgresUser());
                environment.put("SPRING_DATASOURCE_PASSWORD", infrastructure.postgresPassword());
            } else {
                environment.put("SPRING_DATA_MONGODB_URI", infrastructure.mongoUri(database));
            }
            services.put(name, new ServiceProcess(name, root, logs, environment));
        }
    }

    public static synchronized RunningSystem get() {
        if (instance == null) {
            Path root = projectRoot();
            Path logs = root.resolve("e2e/target/e2e-logs");
            try {
                Files.createDirectories(logs);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var system = new RunningSystem(Infrastructure.shared(), SharedKeycloak.get(), root, logs);
            Runtime.getRuntime().addShutdownHook(new Thread(system::stopAll, "e2e-services-shutdown"));
            system.services.values().forEach(ServiceProcess::start);
            system.services.values().forEach(service -> service.awaitReady(START_TIMEOUT));
            instance = system;
        }
        return instance;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        RunningSystem system = get();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSystem.class, key -> (ExtensionContext.Store.CloseableResource) system::stopAll);
    }

    /** {@code Bearer <token>} of a sample person of the realm, e.g. {@code shpd.agent}. */
    public String bearer(String username) {
        return SharedKeycloak.bearer(username);
    }

    /** The e-mails the system sent through intake (the portal's), as their recipients read them. */
    public MailCatcher mail() {
        return mail;
    }

    /** Where the services' logs are written, one file each. */
    public Path logs() {
        return logs;
    }

    public java.net.URI uri(String service, String path) {
        return services.get(service).uri(path);
    }

    /** Stops one service, as an operator or a crash would. */
    public void stop(String service) {
        services.get(service).stop();
    }

    /** Kills a service's JVM by its PID (SIGKILL), as a crash would end it. */
    public void kill(String service) {
        services.get(service).kill();
    }

    /** Starts a stopped service again and waits until it is ready. */
    public void start(String service) {
        ServiceProcess process = services.get(service);
        process.start();
        process.awaitReady(START_TIMEOUT);
    }

    private void stopAll() {
        List<ServiceProcess> inStartOrder = List.copyOf(services.values());
        for (int i = inStartOrder.size() - 1; i >= 0; i--) {
            inStartOrder.get(i).stop();
        }
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("e2e"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the project root above " + Path.of("").toAbsolutePath());
    }
}
