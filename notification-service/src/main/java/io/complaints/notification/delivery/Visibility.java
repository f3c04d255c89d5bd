package io.complaints.notification.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Set;

import org.springframework.data.mongodb.core.query.Criteria;

import io.complaints.platform.organisation.UnitDirectory;

/**
 * Which notifications of the delivery log a unit sees (DOMAIN.md, "Organisation": a unit sees its own
 * complaints and those of the units below it; headquarters sees everything): those of complaints of
 * the unit or below it, by the complaint's unit path; an entry of an older version, which does not
 * name it, by the unit of its audience.
 *
 * @param unit       the unit whose notifications are shown
 * @param everything the unit is at the top of the tree
 * @param subtree    the unit and every unit below it
 */
public record Visibility(String unit, boolean everything, Set<String> subtree) {

    public Visibility {
        subtree = Set.copyOf(subtree);
    }

    public static Visibility of(String unit, UnitDirectory units) {
        return new Visibility(unit, units.isTop(unit), units.subtreeOf(unit));
    }

    public boolean shows(Delivery entry) {
        if (everything) {
            return true;
        }
        return entry.unitPath() != null ? entry.unitPath().contains(unit) : subtree.contains(entry.recipientUnit());
    }

    /** The same, as a condition on the log's entries in MongoDB (for a unit that does not see everything). */
    Criteria criteria() {
        return new Criteria().orOperator(where("unitPath").is(unit),
                where("unitPath").exists(false).and("recipientUnit").in(subtree));
    }
}
