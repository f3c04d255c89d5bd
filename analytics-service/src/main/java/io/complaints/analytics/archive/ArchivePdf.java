package io.complaints.analytics.archive;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.complaints.analytics.language.Wording;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.printing.CjkFont;
import io.complaints.analytics.printing.PrintedDocument;
import io.complaints.analytics.statistics.CauseCatalogue;
import io.complaints.analytics.timeline.TimelineEntry;
import io.complaints.platform.organisation.OrganisationUnit;
import io.complaints.platform.organisation.UnitDirectory;

/**
 * A complaint's archive printed (A4 portrait), section by section from its ledger row and its
 * timeline entries' facts; an entry kept before its facts were (see {@link TimelineEntry#details()})
 * is shown by what it says happened and why. The complainant appears only as a note that their
 * personal data stays with intake.
 */
final class ArchivePdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final Wording words;
    private final UnitDirectory units;
    private final CauseCatalogue causes;
    private final ZoneId zone;

    ArchivePdf(Wording words, UnitDirectory units, CauseCatalogue causes, ZoneId zone) {
        this.words = words;
        this.units = units;
        this.causes = causes;
        this.zone = zone;
    }

    void write(LedgerRow row, List<TimelineEntry> history, Instant now, CjkFont font, OutputStream out)
            throws java.io.IOException {
        String title = words.label("archive.title") + " " + row.registrationNumber();
        try (PrintedDocument pdf = new PrintedDocument(font, false, title)) {
            pdf.title(title).paragraph(words.label("report.generatedAt") + ": " + time(now));
            facts(pdf, row, history);
            pdf.heading(words.label("archive.section.evidence")).paragraph(words.label("archive.evidenceNote"));
            section(pdf, "findings", history, Set.of("FindingsRecorded"), entry -> lines(entry,
                    "findings", "archive.findings", "cause", "column.cause"));
            section(pdf, "invalidity", history, Set.of("CaseMarkedInvalid", "InvalidityExplained"), entry -> lines(entry,
                    "invalidReason", "column.escalationReason", "explanation", "archive.explanation"));
            section(pdf, "remedies", history, Set.of("RemedyProposed"), entry -> lines(entry,
                    "measures", "archive.measures", "responsiblePerson", "archive.responsiblePerson",
                    "dueDate", "archive.dueDate", "correctiveActions", "archive.correctiveActions",
                    "preventiveActions", "archive.preventiveActions", "approvalRequired", "archive.approvalRequired"));
            section(pdf, "approvals", history, Set.of("RemedyApproved", "RemedyRejected"), entry -> decision(entry));
            section(pdf, "offers", history, Set.of("RemedyOffered", "RemedyAccepted", "RemedyDeclined"),
                    entry -> decision(entry));
            section(pdf, "execution", history, Set.of("RemedyExecuted"), entry -> lines(entry,
                    "result", "archive.result"));
            section(pdf, "callbacks", history, Set.of("CallbackCompleted"), entry -> lines(entry,
                    "satisfaction", "column.satisfaction", "agent", "archive.agent", "department", "archive.department",
                    "comment", "archive.comment"));
            section(pdf, "escalations", history, Set.of("Escalated"), entry -> escalation(entry));
            limits(pdf, row);
            timeline(pdf, history);
            pdf.save(out);
        }
    }

    private void facts(PrintedDocument pdf, LedgerRow row, List<TimelineEntry> history) {
        pdf.heading(words.label("archive.section.facts"));
        List<List<String>> facts = new ArrayList<>();
        fact(facts, "column.registrationNumber", row.registrationNumber());
        fact(facts, "column.unit", unit(row.unitCode()));
        fact(facts, "milestone.received", time(row.receivedAt()));
        fact(facts, "column.channel", words.value("channel", row.channel()));
        fact(facts, "column.category", words.value("category", row.category()));
        fact(facts, "archive.levels", words.value("level", row.intakeLevel()) + " / "
                + (row.triagedLevel() == null ? "–" : words.value("level", row.triagedLevel())));
        if (row.prioritySources() != null && !row.prioritySources().isEmpty()) {
            fact(facts, "archive.prioritySources", String.join(", ", row.prioritySources().stream()
                    .map(source -> words.value("prioritySource", source)).toList()));
        }
        fact(facts, "archive.repeatOf", row.repeatOf());
        fact(facts, "archive.groupSize", row.groupSize() == null || row.groupSize() <= 1 ? null : row.groupSize());
        history.stream().filter(entry -> "ComplaintReceived".equals(entry.type())).findFirst()
                .map(entry -> detail(entry, "resolvedAtIntake"))
                .ifPresent(action -> fact(facts, "archive.resolvedAtIntake", action));
        fact(facts, "archive.complainant", words.label("archive.complainantNote"));
        fact(facts, "column.status", words.value("status", row.status()));
        fact(facts, "column.outcome", words.value("outcome", row.outcome()));
        fact(facts, "column.responsibleDepartment", row.responsibleDepartment());
        fact(facts, "column.handler", row.handlerId());
        fact(facts, "column.holderUnit", unit(row.holderUnit()));
        fact(facts, "column.cause", cause(row.causeCode()));
        fact(facts, "column.satisfaction", words.value("satisfaction", row.satisfaction()));
        fact(facts, "column.escalations", LedgerRow.count(row.escalations()));
        fact(facts, "column.reopened", LedgerRow.count(row.reopenings()));
        fact(facts, "milestone.closed", time(row.closedAt()));
        pdf.table(List.of(words.label("archive.item"), words.label("archive.content")), new float[] {1, 3}, facts);
    }

    /** A section of the entries of those types: time, event, and the entry's facts line by line. */
    private void section(PrintedDocument pdf, String name, List<TimelineEntry> history, Set<String> types,
                         Function<TimelineEntry, String> content) {
        List<TimelineEntry> entries = history.stream().filter(entry -> types.contains(entry.type())).toList();
        if (entries.isEmpty() && "invalidity".equals(name)) {
            return; // only for a complaint marked invalid
        }
        pdf.heading(words.label("archive.section." + name));
        if (entries.isEmpty()) {
            pdf.paragraph(words.label("archive.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            String remedy = entry.details() == null ? null : entry.details().get("remedy");
            rows.add(List.of(time(entry.time()), words.value("event", entry.type())
                    + (remedy == null ? "" : "\n" + words.label("archive.remedy", remedy)), content.apply(entry)));
        }
        pdf.table(List.of(words.label("archive.time"), words.label("archive.event"), words.label("archive.content")),
                new float[] {1.1f, 1.2f, 4}, rows);
    }

    private String decision(TimelineEntry entry) {
        String said = switch (entry.type()) {
            case "RemedyApproved" -> words.label("true".equals(detail(entry, "deemed")) ? "archive.deemed"
                    : "archive.approved");
            case "RemedyRejected" -> words.label("archive.rejected");
            case "RemedyOffered" -> words.label("archive.offered");
            case "RemedyAccepted" -> words.label("archive.accepted");
            default -> words.label("archive.declined");
        };
        String more = lines(entry, "reason", "archive.reason", "comment", "archive.comment", "declinedSoFar",
                "archive.declinedSoFar");
        return more.isEmpty() ? said : said + "\n" + more;
    }

    private String escalation(TimelineEntry entry) {
        if (entry.details() == null) {
            return lines(entry);
        }
        return words.label("archive.escalated", unit(detail(entry, "fromUnit")), unit(detail(entry, "toUnit"))) + "\n"
                + lines(entry, "escalationReason", "column.escalationReason", "note", "archive.note");
    }

    private void limits(PrintedDocument pdf, LedgerRow row) {
        pdf.heading(words.label("archive.section.limits"));
        List<List<String>> rows = new ArrayList<>();
        flags(rows, row.met(), "archive.met");
        flags(rows, row.missed(), "archive.missed");
        if (row.deadlines() != null && !row.closed()) {
            row.deadlines().forEach((limit, due) -> rows.add(List.of(words.value("timeLimit", limit),
                    words.label("archive.open", time(due)))));
        }
        if (rows.isEmpty()) {
            pdf.paragraph(words.label("archive.none"));
        } else {
            pdf.table(List.of(words.label("archive.item"), words.label("archive.content")), new float[] {1, 3}, rows);
        }
    }

    private void flags(List<List<String>> rows, Map<String, Boolean> limits, String key) {
        if (limits != null) {
            limits.keySet().stream().sorted().forEach(limit -> rows.add(List.of(words.value("timeLimit", limit),
                    words.label(key))));
        }
    }

    private void timeline(PrintedDocument pdf, List<TimelineEntry> history) {
        pdf.heading(words.label("archive.section.timeline"));
        List<List<String>> rows = history.stream().map(entry -> List.of(time(entry.time()),
                words.value("event", entry.type()), entry.actor() == null ? "" : entry.actor(),
                entry.unit() == null ? "" : entry.unit(), entry.what() == null ? "" : entry.what(),
                entry.why() == null ? "" : entry.why())).toList();
        pdf.table(List.of(words.label("archive.time"), words.label("archive.event"), words.label("archive.actor"),
                        words.label("archive.unit"), words.label("archive.item"), words.label("archive.why")),
                new float[] {1.1f, 1.1f, 1, 0.7f, 2.6f, 1.6f}, rows);
    }

    /** The entry's facts named by pairs of field and label key, one a line, values in words where they are codes. */
    private String lines(TimelineEntry entry, String... fieldsAndLabels) {
        if (entry.details() == null) {
            return entry.what() + (entry.why() == null ? "" : "\n" + entry.why());
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < fieldsAndLabels.length; i += 2) {
            String value = detail(entry, fieldsAndLabels[i]);
            if (value != null) {
                lines.add(words.label(fieldsAndLabels[i + 1]) + ": " + shown(fieldsAndLabels[i], value));
            }
        }
        return String.join("\n", lines);
    }

    private String shown(String field, String value) {
        return switch (field) {
            case "satisfaction" -> words.value("satisfaction", value);
            case "invalidReason" -> words.value("invalidReason", value);
            case "escalationReason" -> words.value("escalationReason", value);
            case "cause" -> cause(value);
            case "approvalRequired" -> words.yesNo(Boolean.parseBoolean(value));
            default -> value;
        };
    }

    private static String detail(TimelineEntry entry, String field) {
        return entry.details() == null ? null : entry.details().get(field);
    }

    private String cause(String code) {
        if (code == null) {
            return null;
        }
        return causes.nameOf(code).map(name -> words.label("archive.causeName", code,
                CauseCatalogue.in(name, words.language()))).orElse(code);
    }

    private void fact(List<List<String>> facts, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            facts.add(List.of(words.label(key), value.toString()));
        }
    }

    private String unit(String code) {
        if (code == null) {
            return null;
        }
        return units.find(code).map(OrganisationUnit::name).map(name -> code + " " + name).orElse(code);
    }

    private String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(zone));
    }
}
