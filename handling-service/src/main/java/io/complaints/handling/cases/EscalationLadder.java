package io.complaints.handling.cases;

import java.util.List;

import io.complaints.events.EscalationReason;
import io.complaints.events.UnitRef;

/**
 * The escalation ladder of one case (DOMAIN.md, "Escalation"): up the path of the unit that received it,
 * branch → subsidiary → HQ. Where an escalation takes a case from the unit that holds it: a level-1
 * complaint at triage goes to HQ at once, every other escalation one level up, and HQ stays with HQ. The
 * case records each step ({@link CaseEscalation}); a what-if replay takes the same steps in its sandbox.
 *
 * @param unit the unit that received the case
 */
public record EscalationLadder(UnitRef unit) {

    /** Headquarters, the top of the ladder. */
    public UnitRef hq() {
        return prefix(1);
    }

    /** Whether {@code holder} is HQ: there is no level above. */
    public boolean withHq(UnitRef holder) {
        return holder.path().size() == 1;
    }

    /** The unit one level above {@code holder}; HQ for HQ itself. */
    public UnitRef oneUp(UnitRef holder) {
        return prefix(Math.max(1, holder.path().size() - 1));
    }

    /**
     * Where an escalation for {@code reason} takes a case held by {@code holder}: HQ for a level-1 complaint
     * at triage, else one level up. When that is {@code holder} itself, the case is not escalated.
     */
    public UnitRef target(EscalationReason reason, UnitRef holder) {
        return reason == EscalationReason.LEVEL_1_AT_TRIAGE ? hq() : oneUp(holder);
    }

    private UnitRef prefix(int length) {
        List<String> path = unit.path().subList(0, length);
        return new UnitRef(path.get(length - 1), path);
    }
}
