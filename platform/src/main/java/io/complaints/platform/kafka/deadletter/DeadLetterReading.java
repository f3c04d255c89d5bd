package io.complaints.platform.kafka.deadletter;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.support.KafkaHeaders;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads what an operator may see of a parked record: its headers and the envelope's id and type.
 * The envelope is read field by field and every other field, {@code data} above all, is skipped
 * unread; messages have long digit runs (phone, account and card numbers) and e-mail addresses
 * masked, as a failure's message may quote what it failed on.
 */
final class DeadLetterReading {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{6,}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"']+@[^\\s@\"']+");
    private static final int MESSAGE_LENGTH = 300;

    private DeadLetterReading() {
    }

    static DeadLetter of(ConsumerRecord<String, byte[]> record) {
        String[] envelope = idAndType(record.value());
        String[] failure = rootCause(record);
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                firstOf(text(record, "ce_id"), envelope[0]), firstOf(text(record, "ce_type"), envelope[1]),
                text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC), integer(record, KafkaHeaders.DLT_ORIGINAL_PARTITION),
                number(record, KafkaHeaders.DLT_ORIGINAL_OFFSET), failure[0], masked(failure[1]),
                Instant.ofEpochMilli(record.timestamp()), record.value() == null ? 0 : record.value().length);
    }

    /**
     * The class and message of the failure at the root: the listener's exceptions wrap it, so it is
     * the last "Caused by" of the stack trace header (only that line is read), else the headers'
     * exception and message.
     */
    private static String[] rootCause(ConsumerRecord<String, byte[]> record) {
        String trace = text(record, KafkaHeaders.DLT_EXCEPTION_STACKTRACE);
        int causedBy = trace == null ? -1 : trace.lastIndexOf("Caused by: ");
        if (causedBy >= 0) {
            String line = trace.substring(causedBy + "Caused by: ".length()).lines().findFirst().orElse("");
            int colon = line.indexOf(": ");
            return colon < 0 ? new String[] {line.strip(), null}
                    : new String[] {line.substring(0, colon), line.substring(colon + 2)};
        }
        String cause = text(record, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        return new String[] {cause != null ? cause : text(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
                text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE)};
    }

    static String masked(String message) {
        if (message == null) {
            return null;
        }
        String masked = EMAIL.matcher(LONG_NUMBER.matcher(message).replaceAll("***")).replaceAll("***@***");
        return masked.length() <= MESSAGE_LENGTH ? masked : masked.substring(0, MESSAGE_LENGTH) + "...";
    }

    /** The envelope's top-level {@code id} and {@code type}; nulls when the value is not such JSON. */
    private static String[] idAndType(byte[] value) {
        String[] found = new String[2];
        if (value == null) {
            return found;
        }
        try (JsonParser parser = JSON.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return found;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if (token == JsonToken.VALUE_STRING && ("id".equals(field) || "type".equals(field))) {
                    found["id".equals(field) ? 0 : 1] = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException unreadable) {
            // what was read so far stands; the rest is not shown anyway
        }
        return found;
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != Integer.BYTES ? null : ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long number(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != Long.BYTES ? null : ByteBuffer.wrap(header.value()).getLong();
    }

    private static String firstOf(String a, String b) {
        return a != null ? a : b;
    }
}
