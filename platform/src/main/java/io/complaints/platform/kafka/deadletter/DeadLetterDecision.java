package io.complaints.platform.kafka.deadletter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * What an operator decided about a dead letter, kept on the compacted topic {@link #TOPIC} keyed by
 * the dead letter's position: a decided dead letter is no longer pending, on any instance, after
 * any restart.
 *
 * @param decidedBy the signed-in operator who decided (the token's actor id)
 */
public record DeadLetterDecision(Action action, String topic, int partition, long offset, String reason,
                                 Instant decidedAt, String decidedBy) {

    public static final String TOPIC = "complaints.dead-letters.decisions.v1";

    public enum Action {
        /** Sent again to the topic it came from, for the consumer to process after a fix. */
        REPLAYED,
        /** Dropped for good, with a reason. */
        DISCARDED
    }

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    DeadLetter.Position position() {
        return new DeadLetter.Position(topic, partition, offset);
    }

    byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeadLetterDecision fromJson(byte[] json) {
        try {
            return JSON.readValue(json, DeadLetterDecision.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable dead-letter decision", e);
        }
    }
}
