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
import org.junit.jupiter.api.extension.ExtendWith;

import io.complaints.e2e.system.RunningSystem;
import io.complaints.e2e.system.SharedKeycloak;

/**
 * The complainant portal in a real browser: headless Chromium (Debian's package, driven by playwright-core
 * from the frontend's lock file, as for the console) files a complaint at /portal/ with the code e-mailed to
 * the complainant, follows it with the number and tracking code while the branch handles it, declines the
 * first remedy with a reason, accepts the second and answers the callback satisfied; the statistics count
 * it. The branch coordinator triages it in the console, signed in at Keycloak's page in the same browser.
 * A wrong tracking code gets the same refusal as an unknown number. The specs are
 * web/src/main/frontend/e2e-portal/ (apart from the console's e2e/, which needs no mail catcher); the
 * mailbox and the rest of the branch's part are {@link BranchDesk}. Screenshots of every portal page,
 * phone-sized and laptop-sized, zh-CN and English, and of the triaged case in the console:
 * e2e/target/portal-screenshots. Without Chromium this test fails.
 */
@ExtendWith(RunningSystem.class)
class PortalInBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @Test
    void aComplainantFilesFollowsAndAnswersInTheBrowser() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM))
                .as("Chromium is needed for the portal's browser tests: apt-get install -y chromium (or set CHROMIUM)")
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
        Path screenshots = root.resolve("e2e/target/portal-screenshots");

        try (var desk = new BranchDesk(system);
             var console = ConsoleProcess.start(root, environment, logs.resolve("web-portal.log"))) {
            var browserTests = new ProcessBuilder(List.of("node", "--test", "--test-concurrency=1", "--test-reporter=spec",
                    "e2e-portal/"))
                    .directory(frontend.toFile())
                    .redirectErrorStream(true);
            browserTests.environment().put("CONSOLE_URL", console.uri().toString());
            browserTests.environment().put("BRANCH_DESK_URL", desk.uri().toString());
            browserTests.environment().put("SCREENSHOTS_DIR", screenshots.toString());
            browserTests.environment().put("CHROMIUM", CHROMIUM.toString());
            Process run = browserTests.start();
            // their report (each step and the screenshots' paths) in the build's output
            Thread.ofVirtual().start(() -> run.inputReader().lines().forEach(line -> System.out.println("[portal] " + line)));
            boolean finished = run.waitFor(6, TimeUnit.MINUTES);
            if (!finished) {
                run.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            assertThat(finished).as("the portal's browser tests finished within 6 minutes").isTrue();
            assertThat(run.exitValue()).as("the portal's browser tests passed (their report is above; screenshots in %s)",
                    screenshots).isZero();
            try (var files = Files.list(screenshots)) {
                assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).as("screenshots saved")
                        .isGreaterThanOrEqualTo(44); // 11 pages, 2 sizes, 2 languages
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
