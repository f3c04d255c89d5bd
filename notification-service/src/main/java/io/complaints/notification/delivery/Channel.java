package io.complaints.notification.delivery;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a notification reaches its recipient. */
public enum Channel {
    /** An e-mail over SMTP, in the recipient's language. */
    EMAIL,
    /** A signed HTTP POST of a JSON body to the recipient's webhook endpoint. */
    WEBHOOK,
    /** Nobody to send to: no one in the directory holds the role in the unit with a channel of the rule. */
    NONE;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
