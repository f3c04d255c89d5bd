package io.complaints.notification.complainant;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.complaints.notification.directory.Language;
import io.complaints.platform.Actor;

/**
 * Reaching complainants ({@code complaints.notifications.complainant}): their contact comes from
 * intake's authorised endpoint at send time, for the purpose NOTIFICATION, and is never stored.
 *
 * @param intakeUrl where intake-service answers
 * @param actorId   who this service says it is when it asks (recorded by intake with every look-up)
 * @param timeout   how long to wait for intake's answer
 * @param language  the language of messages to complainants
 */
@ConfigurationProperties("complaints.notifications.complainant")
public record ComplainantProperties(
        @DefaultValue("http://127.0.0.1:8081") URI intakeUrl,
        @DefaultValue("notification-service") String actorId,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("zh-CN") Language language) {

    public ComplainantProperties {
        if (!Actor.ID.matcher(actorId).matches()) {
            throw new IllegalArgumentException("complaints.notifications.complainant.actor-id is not a user id");
        }
    }
}
