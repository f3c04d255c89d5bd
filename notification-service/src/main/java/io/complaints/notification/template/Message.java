package io.complaints.notification.template;

/** A notification as its recipient reads it, in their language. */
public record Message(String subject, String body) {
}
