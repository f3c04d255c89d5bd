package io.complaints.intake.complaint;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.PrioritySource;

/**
 * The facts of a complaint that intake records and may later correct (投诉登记表, less the
 * complainant and the receiving unit).
 *
 * @param level           1 major, 2 serious, 3 general, 4 minor (DOMAIN.md, "Severity")
 * @param demand          what the complainant asks for (顾客诉求), or null
 * @param occurredAt      when the matter happened, or null when not known
 * @param complainedAbout what and who it is about, or null
 * @param prioritySources why it is handled with priority; empty when it is not
 * @param groupSize       number of complainants on this matter (1 for one person)
 */
public record ComplaintDetails(
        Channel channel,
        Category category,
        int level,
        String description,
        String demand,
        Instant occurredAt,
        ComplainedAbout complainedAbout,
        Set<PrioritySource> prioritySources,
        int groupSize) {

    /** A group complaint: five or more people on one matter. */
    public static final int GROUP_COMPLAINT = 5;

    public ComplaintDetails {
        prioritySources = prioritySources == null ? Set.of() : Set.copyOf(new TreeSet<>(prioritySources));
    }

    /** The same facts with the complainant's own texts (description, demand) replaced by {@code text} of them. */
    public ComplaintDetails withPersonalData(java.util.function.UnaryOperator<String> text) {
        return new ComplaintDetails(channel, category, level, text.apply(description), text.apply(demand), occurredAt,
                complainedAbout, prioritySources, groupSize);
    }

    public ComplaintDetails withPriority(PrioritySource source) {
        Set<PrioritySource> sources = new TreeSet<>(prioritySources);
        sources.add(source);
        return new ComplaintDetails(channel, category, level, description, demand, occurredAt, complainedAbout, sources,
                groupSize);
    }
}
