package io.complaints.analytics.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.complaints.analytics.ledger.LedgerView;

/**
 * The columns of the ledger export (投诉台账导出), in their order: the key facts of each complaint,
 * its escalations and counts, the time limits met and missed, and the time of each milestone in
 * ISO-8601 with the organisation's offset (e.g. {@code 2026-11-01T01:00:00+08:00}). The headers
 * are English and stable, so that spreadsheets built on an export keep working.
 */
final class LedgerColumns {

    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** The milestones of {@link LedgerView#milestones()} with their headers, in the order of a case. */
    private static final List<Map.Entry<String, String>> MILESTONES = List.of(
            Map.entry("received", "Received at"),
            Map.entry("caseOpened", "Case opened at"),
            Map.entry("triaged", "Triaged at"),
            Map.entry("contacted", "Contacted at"),
            Map.entry("findings", "Findings at"),
            Map.entry("remedyProposed", "Remedy proposed at"),
            Map.entry("remedyApproved", "Remedy approved at"),
            Map.entry("remedyAccepted", "Remedy accepted at"),
            Map.entry("remedyExecuted", "Remedy executed at"),
            Map.entry("callbackInstructed", "Callback instructed at"),
            Map.entry("calledBack", "Called back at"),
            Map.entry("explained", "Invalidity explained at"),
            Map.entry("firstEscalated", "First escalated at"),
            Map.entry("withdrawn", "Withdrawn at"),
            Map.entry("closed", "Closed at"));

    private LedgerColumns() {
    }

    /** Every column, times shown in the given zone. */
    static List<ExportColumn> all(ZoneId zone) {
        List<ExportColumn> columns = new ArrayList<>(List.of(
                column("Registration number", LedgerView::registrationNumber),
                column("Unit", LedgerView::unitCode),
                column("Unit path", row -> row.unitPath() == null ? null : String.join("/", row.unitPath())),
                column("Month", LedgerView::month),
                column("Channel", LedgerView::channel),
                column("Category", LedgerView::category),
                column("Level", LedgerView::level),
                column("Priority", LedgerView::priority),
                column("Repeat", LedgerView::repeat),
                column("Status", LedgerView::status),
                column("Responsible department", LedgerView::responsibleDepartment),
                column("Handler", LedgerView::handlerId),
                column("Holder unit", LedgerView::holderUnit),
                column("Escalation level", LedgerView::escalationLevel),
                column("Escalation reason", LedgerView::escalationReason),
                column("Escalations", LedgerView::escalations),
                column("Reopened", LedgerView::reopened),
                column("Remedy declines", LedgerView::remedyDeclines),
                column("Approved by silence", LedgerView::approvedBySilence),
                column("Cause", LedgerView::causeCode),
                column("Satisfaction", LedgerView::satisfaction),
                column("Outcome", LedgerView::outcome),
                column("Overdue", LedgerView::overdue),
                column("Limits met", row -> joined(row.deadlinesMet())),
                column("Limits missed", row -> joined(row.deadlinesMissed()))));
        for (Map.Entry<String, String> milestone : MILESTONES) {
            columns.add(column(milestone.getValue(), row -> time(row.milestones().get(milestone.getKey()), zone)));
        }
        return List.copyOf(columns);
    }

    static List<String> headers(List<ExportColumn> columns) {
        return columns.stream().map(ExportColumn::header).toList();
    }

    private static ExportColumn column(String header, Function<LedgerView, Object> value) {
        return new ExportColumn(header, value);
    }

    private static String joined(Collection<String> names) {
        return names == null || names.isEmpty() ? null : String.join(", ", names);
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? null : ISO_WITH_OFFSET.format(at.atZone(zone));
    }
}
