package io.complaints.analytics.visibility;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import io.complaints.platform.Actor;
import io.complaints.platform.NotPermittedException;
import io.complaints.platform.organisation.UnitDirectory;

/**
 * Who sees what (DOMAIN.md, "Organisation", visibility): a branch sees its own complaints, a
 * subsidiary its own and its branches', headquarters everything; analysts see the statistics of
 * their subtree only. A question about a unit outside the viewer's subtree is refused (rule
 * {@value #UNIT_SCOPE}); a complaint outside it is as if it did not exist, so that its existence
 * does not leak.
 */
@Component
public class Visibility {

    private static final org.slf4j.Logger READS = org.slf4j.LoggerFactory.getLogger("io.complaints.analytics.access.reads");

    /** The rule a question about a unit outside the viewer's subtree breaks. */
    public static final String UNIT_SCOPE = "unit-scope";

    private final UnitDirectory units;

    public Visibility(UnitDirectory units) {
        this.units = units;
    }

    /**
     * Records that {@code viewer} read something of one complaint or of a selection (DOMAIN.md: "access
     * is scoped and logged"): who, of which unit, what. Ids and codes only, never personal data.
     */
    public void logRead(Actor viewer, String what, String which) {
        READS.info("{} read ({}) by {} of {}", which, what, viewer.id(), viewer.unit());
    }

    /** Refuses (403, {@value #UNIT_SCOPE}) a question about {@code unit} unless it lies within the viewer's subtree. */
    public void requireWithin(Actor viewer, String unit) {
        if (!units.isWithin(unit, viewer.unit())) {
            throw new NotPermittedException(UNIT_SCOPE, "unit " + unit + " is outside the units "
                    + viewer.unit() + " may see (" + viewer.unit() + " and the units below it)");
        }
    }

    /**
     * Whether the viewer sees a complaint of this unit path (codes from the top down). A complaint
     * whose unit is not known yet is seen by headquarters only.
     */
    public boolean sees(Actor viewer, List<String> unitPath) {
        return units.isTop(viewer.unit()) || unitPath != null && units.isWithin(unitPath, viewer.unit());
    }

    /**
     * The condition on a read model's unit path field that keeps the viewer's subtree: none for
     * headquarters, else the path must name the viewer's unit. For the database to apply, so that
     * nothing outside the subtree is ever read.
     */
    public List<Criteria> rowsSeenBy(Actor viewer, String unitPathField) {
        return units.isTop(viewer.unit()) ? List.of() : List.of(where(unitPathField).is(viewer.unit()));
    }
}
