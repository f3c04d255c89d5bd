package io.complaints.analytics.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;

/**
 * A selection of ledger rows: a unit and everything below it, a period of months of receipt, and
 * optionally status, level, category, channel, responsible department, overdue; sorted. The same
 * selection serves the page and the exports.
 *
 * @param unit   the unit whose rows (and those of every unit below it) are selected; null for every
 *               unit the viewer sees
 * @param from   first month, {@code yyyy-MM}, inclusive; {@code to} the last
 * @param sort   {@code receivedAt}, {@code closedAt}, {@code registrationNumber} or {@code level},
 *               with {@code ,asc} or {@code ,desc} (default {@code receivedAt,desc})
 */
public record LedgerFilter(String unit, String from, String to, String status, Integer level, String category,
                           String channel, String department, Boolean overdue, String sort) {

    private static final String UNIT_PATH = "unitPath";
    private static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";
    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final List<String> SORTABLE = List.of("receivedAt", "closedAt", "registrationNumber", "level");

    /** Refuses a malformed selection, naming each field. */
    public LedgerFilter {
        var refusal = new RulesViolatedException.Collector()
                .check(unit == null || unit.matches("[A-Z0-9][A-Z0-9-]{0,31}"), "unit", "Pattern",
                        "must be a unit code (capitals, digits, -)")
                .check(from == null || from.matches(MONTH), "from", "Pattern", "must be a month, yyyy-MM")
                .check(to == null || to.matches(MONTH), "to", "Pattern", "must be a month, yyyy-MM")
                .check(level == null || level >= 1 && level <= 4, "level", "Range", "must be 1 to 4")
                .check(status == null || status.matches("[A-Z_]{1,32}"), "status", "Pattern", "must be a status name")
                .check(category == null || category.matches("[A-Z_]{1,32}"), "category", "Pattern", "must be a category")
                .check(channel == null || channel.matches("[A-Z_0-9]{1,32}"), "channel", "Pattern", "must be a channel")
                .check(department == null || department.matches(CODE), "department", "Pattern", "must be a department code")
                .check(sort == null || SORTABLE.contains(sort.split(",")[0]) && (!sort.contains(",")
                        || List.of("asc", "desc").contains(sort.substring(sort.indexOf(',') + 1).toLowerCase(Locale.ROOT))),
                        "sort", "enum", "must be one of " + SORTABLE + ", optionally with ,asc or ,desc");
        refusal.throwIfAny();
    }

    /** The same selection, of this department. */
    public LedgerFilter withDepartment(String code) {
        return new LedgerFilter(unit, from, to, status, level, category, channel, code, overdue, sort);
    }

    /**
     * The selection as the viewer may see it: refused (403, {@code unit-scope}) when it names a unit
     * outside the viewer's subtree; without a unit, the rows of the viewer's subtree, kept to it by
     * the database query itself.
     */
    public Query visibleTo(Actor viewer, Visibility visibility) {
        if (unit != null) {
            visibility.requireWithin(viewer, unit);
        }
        return query(visibility.rowsSeenBy(viewer, UNIT_PATH));
    }

    /** The selection, whoever asks. */
    public Query query() {
        return query(List.of());
    }

    private Query query(List<Criteria> seen) {
        List<Criteria> all = new ArrayList<>(seen);
        if (unit != null) {
            all.add(where(UNIT_PATH).is(unit));
        }
        if (from != null && to != null) {
            all.add(where("month").gte(from).lte(to));
        } else if (from != null) {
            all.add(where("month").gte(from));
        } else if (to != null) {
            all.add(where("month").lte(to));
        }
        if (status != null) {
            all.add(switch (status) {
                case "WITHDRAWN" -> where("withdrawn").is(true);
                case "RECEIVED" -> where("caseStatus").exists(false).and("withdrawn").ne(true);
                default -> where("caseStatus").is(status).and("withdrawn").ne(true);
            });
        }
        if (level != null) {
            all.add(new Criteria().orOperator(where("triagedLevel").is(level),
                    where("triagedLevel").exists(false).and("intakeLevel").is(level)));
        }
        if (category != null) {
            all.add(where("category").is(category));
        }
        if (channel != null) {
            all.add(where("channel").is(channel));
        }
        if (department != null) {
            all.add(where("responsibleDepartment").is(department));
        }
        if (overdue != null) {
            all.add(where("missed").exists(overdue));
        }
        Criteria selection = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all.toArray(Criteria[]::new));
        return Query.query(selection).with(order());
    }

    private Sort order() {
        String[] parts = (sort == null ? "receivedAt,desc" : sort).split(",");
        String field = parts[0].equals("level") ? "intakeLevel" : parts[0];
        Sort.Direction direction = parts.length > 1 && parts[1].equalsIgnoreCase("asc")
                ? Sort.Direction.ASC : Sort.Direction.DESC;
        return Sort.by(direction, field).and(Sort.by(Sort.Direction.ASC, "_id"));
    }
}
