package io.complaints.intake.complaint;

import java.time.Instant;
import java.util.Set;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.PrioritySource;

/** The corrections an amendment makes; a null part leaves that fact as it was. */
public record ComplaintChanges(
        Channel channel,
        Category category,
        Integer level,
        String description,
        String demand,
        Instant occurredAt,
        ComplainedAbout complainedAbout,
        Set<PrioritySource> prioritySources,
        Integer groupSize,
        String complainantName,
        String complainantOrganisation,
        String complainantAddress,
        String complainantPhone,
        String complainantEmail,
        Boolean contactConsent) {

    ComplaintDetails applyTo(ComplaintDetails d) {
        return new ComplaintDetails(or(channel, d.channel()), or(category, d.category()), or(level, d.level()),
                or(description, d.description()), or(demand, d.demand()), or(occurredAt, d.occurredAt()),
                or(complainedAbout, d.complainedAbout()), or(prioritySources, d.prioritySources()),
                or(groupSize, d.groupSize()));
    }

    Complainant applyTo(Complainant c) {
        return new Complainant(or(complainantName, c.name()), or(complainantOrganisation, c.organisation()),
                or(complainantAddress, c.address()), or(complainantPhone, c.phone()), or(complainantEmail, c.email()),
                or(contactConsent, c.contactConsent()));
    }

    @Override
    public String toString() {
        return "ComplaintChanges[may hold personal data]";
    }

    private static <T> T or(T changed, T current) {
        return changed != null ? changed : current;
    }
}
