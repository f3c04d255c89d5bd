package io.complaints.notification.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail notifications ({@code complaints.notifications.email}); the SMTP server itself is Spring
 * Boot's {@code spring.mail.*} (host, port, username, password, timeouts).
 *
 * @param from the sender address of every notification
 */
@ConfigurationProperties("complaints.notifications.email")
public record EmailProperties(@DefaultValue("complaints-noreply@localhost") String from) {
}
