package io.complaints.analytics.statistics;

import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * The counts of one unit for one month of receipt: of every complaint received by the unit or by a
 * unit below it, so that any unit's month is one document and its year twelve, however long the
 * history. Derived from the ledger rows of that unit and month only (see {@link Recompute}).
 *
 * @param id           {@code unit/month}, e.g. {@code SH/2026-11}
 * @param basis        how many changes of the month had been noted when it was computed: a bucket
 *                     is never replaced by one computed from fewer
 * @param all          the counts of all the complaints
 * @param byCategory   the counts per category; likewise per level, channel and responsible department
 * @param byUnit       the counts per unit directly below this one (its own complaints under its own
 *                     code); absent from buckets computed before this breakdown existed, until the
 *                     month is recomputed or the read models rebuilt
 * @param causes       complaints per cause code, by code
 * @param withoutCause complaints with no cause recorded (yet)
 */
record Bucket(@Id String id, String unit, String month, long basis, Tally all, List<Group> byCategory,
              List<Group> byLevel, List<Group> byChannel, List<Group> byDepartment, List<Group> byUnit,
              List<CauseCount> causes, long withoutCause) {

    /** The counts of the complaints of one group of a breakdown; {@code key} null for "not known yet". */
    record Group(String key, Tally tally) {
    }

    record CauseCount(String cause, long count) {
    }

    static String id(String unit, String month) {
        return unit + "/" + month;
    }

    List<Group> groups(Breakdown breakdown) {
        List<Group> groups = switch (breakdown) {
            case CATEGORY -> byCategory;
            case LEVEL -> byLevel;
            case CHANNEL -> byChannel;
            case DEPARTMENT -> byDepartment;
            case UNIT -> byUnit;
        };
        return groups == null ? List.of() : groups;
    }
}
