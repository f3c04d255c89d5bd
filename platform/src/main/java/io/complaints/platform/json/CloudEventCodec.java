package io.complaints.platform.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.complaints.events.CloudEvent;
import io.complaints.events.EventTypes;

/**
 * Writes and reads integration events in the CloudEvents JSON envelope. Reading is tolerant of
 * fields it does not know (a newer publisher may add some) and strict about the type: the data is
 * bound only to the record registered for the event's type, never to a type named in the payload.
 */
public final class CloudEventCodec {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    public byte[] encode(CloudEvent<?> event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an envelope. Returns empty for a well-formed event of a type this codec does not know
     * (a consumer skips those); throws {@link MalformedEventException} for anything unreadable.
     */
    public Optional<CloudEvent<Object>> decode(byte[] json) {
        try {
            JsonNode tree = mapper.readTree(json);
            if (tree == null || !tree.isObject()) {
                throw new MalformedEventException("not a JSON object");
            }
            String type = requiredText(tree, "type");
            Optional<Class<? extends Record>> dataType = EventTypes.dataType(type);
            if (dataType.isEmpty()) {
                return Optional.empty();
            }
            JsonNode dataNode = tree.get("data");
            if (dataNode == null || !dataNode.isObject()) {
                throw new MalformedEventException("event " + type + " has no data object");
            }
            Object data = mapper.treeToValue(dataNode, dataType.get());
            JsonNode sequence = tree.get("sequence");
            return Optional.of(new CloudEvent<>(
                    requiredText(tree, "specversion"),
                    requiredText(tree, "id"),
                    requiredText(tree, "source"),
                    type,
                    requiredText(tree, "subject"),
                    mapper.treeToValue(tree.get("time"), java.time.Instant.class),
                    text(tree, "datacontenttype"),
                    text(tree, "actor"),
                    text(tree, "unit"),
                    sequence == null ? 0 : sequence.asLong(),
                    data));
        } catch (IOException e) {
            throw new MalformedEventException("unreadable event: " + e.getMessage(), e);
        }
    }

    private static String requiredText(JsonNode tree, String field) {
        String value = text(tree, field);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("event has no '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    /** Raised for a record that can never be processed; it goes to the dead-letter topic. */
    public static final class MalformedEventException extends RuntimeException {
        public MalformedEventException(String message) {
            super(message);
        }

        public MalformedEventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
