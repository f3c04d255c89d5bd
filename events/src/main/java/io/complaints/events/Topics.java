package io.complaints.events;

/**
 * Kafka topics of the published language: one per publishing service, keyed by complaint id so
 * that all events of one complaint stay in order in one partition.
 */
public final class Topics {

    /** Events published by intake-service: ComplaintReceived and what follows at intake. */
    public static final String INTAKE = "complaints.intake.v1";

    /** Events published by handling-service: the case lifecycle. */
    public static final String HANDLING = "complaints.handling.v1";

    private Topics() {
    }

    /**
     * The dead-letter topic where one consumer group parks the records of {@code topic} it cannot
     * process, so that a poison record never stops the partition.
     */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlt";
    }
}
