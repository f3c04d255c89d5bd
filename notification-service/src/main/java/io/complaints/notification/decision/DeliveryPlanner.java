package io.complaints.notification.decision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.complaints.notification.complainant.ComplainantProperties;
import io.complaints.notification.delivery.Channel;
import io.complaints.notification.delivery.Delivery;
import io.complaints.notification.delivery.DeliveryStatus;
import io.complaints.notification.directory.Audience;
import io.complaints.notification.directory.Directory;
import io.complaints.notification.directory.Language;
import io.complaints.notification.directory.Person;
import io.complaints.notification.rules.Notice;
import io.complaints.notification.rules.Occurrence;

/**
 * Turns a notice into delivery log entries: one per person of the audience and channel of the rule
 * they have; one to the complainant by e-mail; or, when nobody of the audience can be reached, one
 * FAILED entry that says so, so that the gap shows.
 */
@Component
class DeliveryPlanner {

    private final Directory directory;
    private final ComplainantProperties complainants;

    DeliveryPlanner(Directory directory, ComplainantProperties complainants) {
        this.directory = directory;
        this.complainants = complainants;
    }

    List<Delivery> plan(Occurrence occurrence, Notice notice, Instant now) {
        if (notice.toComplainant()) {
            String reference = occurrence.complainant().reference();
            return List.of(entry(occurrence, notice, "complainant:" + reference, null, reference, Channel.EMAIL,
                    complainants.language(), now));
        }
        List<Delivery> planned = new ArrayList<>();
        for (Person person : directory.resolve(notice.audience())) {
            for (Channel channel : notice.rule().channels()) {
                if (reaches(person, channel)) {
                    planned.add(entry(occurrence, notice, "person:" + person.id(), person.id(), null, channel,
                            person.language(), now));
                }
            }
        }
        return planned.isEmpty() ? List.of(nobody(occurrence, notice, now)) : planned;
    }

    private static boolean reaches(Person person, Channel channel) {
        return switch (channel) {
            case EMAIL -> person.email() != null;
            case WEBHOOK -> person.webhook() != null;
            case NONE -> false;
        };
    }

    private static Delivery nobody(Occurrence occurrence, Notice notice, Instant now) {
        Audience audience = notice.audience();
        String why = "nobody in the directory holds the role " + audience.role() + " in " + audience.unit().code()
                + " with a channel of this rule " + notice.rule().channels();
        return entry(occurrence, notice, "nobody:" + notice.rule().name() + ":" + audience.key(), null, null,
                Channel.NONE, null, now, DeliveryStatus.FAILED, why);
    }

    private static Delivery entry(Occurrence occurrence, Notice notice, String recipientKey, String personId,
                                  String complainantReference, Channel channel, Language language, Instant now) {
        return entry(occurrence, notice, recipientKey, personId, complainantReference, channel, language, now,
                DeliveryStatus.PENDING, null);
    }

    private static Delivery entry(Occurrence occurrence, Notice notice, String recipientKey, String personId,
                                  String complainantReference, Channel channel, Language language, Instant now,
                                  DeliveryStatus status, String error) {
        Audience audience = notice.audience();
        return new Delivery(Delivery.idOf(occurrence.eventId(), recipientKey, channel), occurrence.eventId(),
                occurrence.eventType(), occurrence.time(), occurrence.complaintId(), occurrence.registrationNumber(),
                occurrence.unit() == null ? null : occurrence.unit().path(), notice.rule().name(), notice.rule().template(), audience.role(), audience.unit().code(), personId,
                complainantReference, channel, language, occurrence.fields(), status, 0, 0, now,
                status == DeliveryStatus.PENDING ? now : null, null, null, error, null);
    }
}
