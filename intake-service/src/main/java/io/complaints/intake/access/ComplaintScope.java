package io.complaints.intake.access;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.complaints.platform.Actor;
import io.complaints.platform.organisation.UnitDirectory;

/**
 * Who sees which complaint (DOMAIN.md, "Organisation": a unit sees its own complaints and those of
 * the units below it; headquarters sees everything), and the record of each read ("access is scoped
 * and logged"). A complaint outside the caller's subtree is answered as one that does not exist, so
 * that its existence does not leak. The read log names the actor, their unit, the complaint and what
 * was read; never personal data.
 */
@Component
public class ComplaintScope {

    private static final Logger reads = LoggerFactory.getLogger("io.complaints.intake.access.reads");

    private final JdbcTemplate jdbc;
    private final UnitDirectory units;

    ComplaintScope(JdbcTemplate jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Whether {@code actor} sees a complaint of this unit path (codes from headquarters down). */
    public boolean sees(List<String> unitPath, Actor actor) {
        return units.isWithin(unitPath, actor.unit());
    }

    /** Whether {@code actor} sees the complaints of {@code unit} (a list or statistics of it). */
    public boolean seesUnit(String unit, Actor actor) {
        return units.isWithin(unit, actor.unit());
    }

    /** Passes when the complaint exists and lies within the actor's subtree; else {@link ComplaintNotVisible}. */
    public void mustSee(String complaintId, Actor actor) {
        List<String> unitPath = unitPathOf(complaintId).orElseThrow(ComplaintNotVisible::new);
        if (!sees(unitPath, actor)) {
            throw new ComplaintNotVisible();
        }
    }

    /** The same, and the read recorded. */
    public void read(String complaintId, Actor actor, String what) {
        mustSee(complaintId, actor);
        recordRead(complaintId, actor, what);
    }

    /** One log line per read of a complaint: who, of which unit, which complaint, what. */
    public void recordRead(String complaintId, Actor actor, String what) {
        reads.info("complaint {} read ({}) by {} of {}", complaintId, what, actor.id(), actor.unit());
    }

    private Optional<List<String>> unitPathOf(String complaintId) {
        return jdbc.query("SELECT unit_path FROM complaint_register WHERE complaint_id = ?",
                (row, i) -> Arrays.stream((Object[]) row.getArray(1).getArray()).map(String::valueOf).toList(), complaintId).stream().findFirst();
    }
}
