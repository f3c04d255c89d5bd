package io.complaints.e2e.console;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The console (web/), run from its packaged jar as operations run it, in front of the running system. It
 * listens on port 8080: the identity provider's realm accepts sign-ins that return there only.
 */
final class ConsoleProcess implements AutoCloseable {

    static final int PORT = 8080;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;

    private ConsoleProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ConsoleProcess start(Path projectRoot, Map<String, String> environment, Path log) {
        Path jar = projectRoot.resolve("web/target/web.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the console first (./mvnw verify does)");
        }
        if (!portFree(PORT)) {
            throw new IllegalStateException("port " + PORT + " is in use (is bin/run-local running?): the console under test"
                    + " must listen there, the only address the realm lets sign-ins return to");
        }
        var builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("SERVER_PORT", String.valueOf(PORT));
        try {
            var console = new ConsoleProcess(builder.start(), log);
            console.awaitReady();
            return console;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the console", e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + PORT);
    }

    private void awaitReady() {
        await("console ready").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the console exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var request = HttpRequest.newBuilder(uri().resolve("/actuator/health/readiness")).timeout(Duration.ofSeconds(2)).build();
                return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean portFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
