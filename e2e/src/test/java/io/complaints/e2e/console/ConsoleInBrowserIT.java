package io.complaints.e2e.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.complaints.e2e.system.RunningSystem;
import io.complaints.e2e.system.SharedKeycloak;

/**
 * The console in a real browser: headless Chromium (Debian's package, driven by playwright-core from the
 * console's own lock file) signs in at Keycloak as the sample people and takes a complaint from the
 * registration form to closed through the screens, then looks at HQ's board and the analyst's ledger
 * and statistics (web/src/main/frontend/e2e/). The whole system runs: Keycloak, the four services and
 * the console's jar. Screenshots go to web/target/screenshots. Without Chromium this test fails: it is
 * never skipped.
 */
class ConsoleInBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @Test
    void peopleDoTheirJobThroughTheConsole() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is needed for the console's browser tests: apt-get install -y chromium (or set CHROMIUM)"
                        + "; .ci/run installs it")
                .isTrue();
        Path root = projectRoot();
        Path frontend = root.resolve("web/src/main/frontend");
        assertThat(frontend.resolve("node_modules/playwright-core")).as("npm ci ran in %s (the web module's build does)", frontend)
                .isDirectory();

        RunningSystem system = RunningSystem.get();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("COMPLAINTS_CONSOLE_ISSUERURI", SharedKeycloak.get().issuerUri().toString());
        environment.put("COMPLAINTS_CONSOLE_SERVICES_INTAKE", system.uri(RunningSystem.INTAKE, "").toString());
        environment.put("COMPLAINTS_CONSOLE_SERVICES_HANDLING", system.uri(RunningSystem.HANDLING, "").toString());
        environment.put("COMPLAINTS_CONSOLE_SERVICES_ANALYTICS", system.uri(RunningSystem.ANALYTICS, "").toString());
        environment.put("COMPLAINTS_CONSOLE_SERVICES_NOTIFICATION", system.uri(RunningSystem.NOTIFICATION, "").toString());
        Path logs = root.resolve("e2e/target/e2e-logs");
        Files.createDirectories(logs);

        try (var console = ConsoleProcess.start(root, environment, logs.resolve("web.log"))) {
            Path screenshots = root.resolve("web/target/screenshots");
            var browserTests = new ProcessBuilder(List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec", "e2e/"))
                    .directory(frontend.toFile())
                    .redirectErrorStream(true);
            browserTests.environment().put("CONSOLE_URL", console.uri().toString());
            browserTests.environment().put("SCREENSHOTS_DIR", screenshots.toString());
            browserTests.environment().put("CHROMIUM", CHROMIUM.toString());
            Process run = browserTests.start();
            // their report (each step, the screenshots' paths, the sign-in timings) in the build's output
            Thread.ofVirtual().start(() -> run.inputReader().lines().forEach(line -> System.out.println("[browser] " + line)));
            boolean finished = run.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                run.destroyForcibly();
            }
            assertThat(finished).as("the browser tests finished within 5 minutes").isTrue();
            assertThat(run.exitValue()).as("the browser tests passed (their report is above; screenshots in %s)", screenshots)
                    .isZero();
            try (var files = Files.list(screenshots)) {
                assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).as("screenshots saved").isGreaterThanOrEqualTo(11);
            }
        }
    }

    private static Path projectRoot() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("web"))) {
                return dir;
            }
        }
        throw new IOException("cannot find the project root above " + Path.of("").toAbsolutePath());
    }
}
