package io.complaints.notification.feed;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification as the live feed shows it: which rule told which role of which unit about which
 * event of which complaint. One per event, rule and audience, whatever the number of people and
 * channels behind it. No personal data.
 *
 * @param unitPath the audience's unit with the units above it: the subscribers who see it
 */
@Document("feed_notices")
public record FeedNotice(
        @Id String id,
        String eventId,
        String eventType,
        Instant eventTime,
        String rule,
        String complaintId,
        String registrationNumber,
        Integer level,
        String role,
        String unit,
        List<String> unitPath,
        Instant createdAt) {

    public boolean visibleTo(String subscriberUnit) {
        return unitPath.contains(subscriberUnit);
    }
}
