package io.complaints.platform.kafka.deadletter;

import java.time.Instant;

/**
 * A record parked on a dead-letter topic, as an operator sees it: where it is, where it came from,
 * which event it carries and why it failed. Never its content: the event's data may hold personal
 * data, so only its size is shown.
 *
 * @param key            the record's key, the complaint id
 * @param eventId        the CloudEvent's id, when the record has one
 * @param eventType      the CloudEvent's type, when the record has one
 * @param exception      the class of the failure (its cause's, when it was wrapped)
 * @param message        the failure's message, with long numbers and e-mail addresses masked
 * @param deadLetteredAt when it was parked
 * @param valueSize      the record's size in bytes
 */
public record DeadLetter(String topic, int partition, long offset, String key, String eventId, String eventType,
                         String originalTopic, Integer originalPartition, Long originalOffset, String exception,
                         String message, Instant deadLetteredAt, int valueSize) {

    /** The position of the record on its dead-letter topic. */
    public Position position() {
        return new Position(topic, partition, offset);
    }

    /** Where a dead letter is: topic, partition, offset. */
    public record Position(String topic, int partition, long offset) {

        /** The key of its decision on the decisions topic. */
        public String key() {
            return topic + "-" + partition + "-" + offset;
        }
    }
}
