package io.complaints.notification.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A subscriber of the live feed, as a browser's EventSource would be: it collects the notification events. */
final class FeedClient implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream stream;
    private final AtomicBoolean opened = new AtomicBoolean();
    private final List<JsonNode> notices = new CopyOnWriteArrayList<>();
    final int status;
    final String contentType;
    final String retryAfter;

    private FeedClient(HttpResponse<InputStream> response) {
        this.stream = response.body();
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        Thread.ofVirtual().start(this::read);
    }

    /** Opens the stream with this {@code Authorization} value (none when null). */
    static FeedClient open(URI uri, String authorization) {
        try {
            var request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return new FeedClient(HttpClient.newHttpClient().send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean opened() {
        return opened.get();
    }

    List<JsonNode> notices() {
        return List.copyOf(notices);
    }

    private void read() {
        try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String event = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(":")) {
                    opened.set(true);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && "notification".equals(event)) {
                    notices.add(JSON.readTree(line.substring(5).strip()));
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
        } catch (IOException closed) {
            // the test closed the stream
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
