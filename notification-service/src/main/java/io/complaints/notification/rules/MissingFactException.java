package io.complaints.notification.rules;

import io.complaints.platform.kafka.PoisonEventException;

/**
 * An event a rule applies to lacks what the rule needs to name its recipients, e.g. a remedy of a
 * complaint whose case was never opened. It can never be processed: it goes to the dead-letter topic.
 */
public class MissingFactException extends PoisonEventException {

    public MissingFactException(String message) {
        super(message);
    }
}
