package io.complaints.platform.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A republish of a whole event store that ran to its end: from the offsets {@code from} on (the end
 * of each partition when it began), the topic holds every event of the store again, in order. A
 * reader that finds a topic's beginning deleted may start there instead. Kept, latest per topic, on
 * the compacted topic {@link #TOPIC}.
 *
 * @param topic      the topic that was republished to
 * @param job        the republish job's id
 * @param events     how many events were sent
 * @param finishedAt when the last one was acknowledged
 * @param from       per partition, the offset from which the complete history begins
 */
public record RepublishedHistory(String topic, String job, long events, Instant finishedAt, Map<Integer, Long> from) {

    /** Compacted, keyed by the republished topic. */
    public static final String TOPIC = "complaints.republished.v1";

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    public RepublishedHistory {
        from = Map.copyOf(new TreeMap<>(from));
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RepublishedHistory fromJson(byte[] json) {
        try {
            return JSON.readValue(json, RepublishedHistory.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable republish marker", e);
        }
    }
}
