package io.complaints.analytics.export;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import io.complaints.analytics.language.Language;
import io.complaints.analytics.language.Wording;
import io.complaints.analytics.ledger.LedgerView;

/**
 * The columns of the ledger export (投诉台账导出), in their order: the key facts of each complaint,
 * its escalations and counts, the time limits met and missed, the time of each milestone in
 * ISO-8601 with the organisation's offset (e.g. {@code 2026-11-01T01:00:00+08:00}), then the words of
 * the registration form, the findings, the remedy, its result, the invalidity and the callback's answers. Without a
 * language asked for, the headers are English and the values the contract's codes, stable so that
 * spreadsheets built on an export keep working; in a language asked for ({@code ?lang=zh-CN|en}),
 * headers and the values of statuses, levels, channels, categories, escalation reasons,
 * satisfaction, outcomes, invalidity reasons and callback methods are in that language's words.
 */
final class LedgerColumns {

    private static final DateTimeFormatter ISO_WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    /** The milestones of {@link LedgerView#milestones()}, in the order of a case. */
    private static final List<String> MILESTONES = List.of("received", "caseOpened", "triaged", "contacted",
            "findings", "remedyProposed", "remedyApproved", "remedyAccepted", "remedyExecuted", "callbackInstructed",
            "calledBack", "explained", "firstEscalated", "withdrawn", "closed");

    private LedgerColumns() {
    }

    /** Every column, times shown in the given zone, with the stable English headers and the contract's codes. */
    static List<ExportColumn> all(ZoneId zone) {
        return all(zone, Optional.empty());
    }

    /** Every column, times shown in the given zone, headers and values in the language if one is asked for. */
    static List<ExportColumn> all(ZoneId zone, Optional<Language> language) {
        Wording headers = Wording.in(language.orElse(Language.EN));
        Function<String, Function<Object, Object>> named = kind -> language
                .<Function<Object, Object>>map(chosen -> value -> Wording.in(chosen).value(kind, value))
                .orElse(Function.identity());
        Function<Object, Object> status = named.apply("status");
        Function<Object, Object> level = named.apply("level");
        Function<Object, Object> channel = named.apply("channel");
        Function<Object, Object> category = named.apply("category");
        Function<Object, Object> reason = named.apply("escalationReason");
        Function<Object, Object> satisfaction = named.apply("satisfaction");
        Function<Object, Object> outcome = named.apply("outcome");
        Function<String, String> header = key -> headers.label("column." + key);
        List<ExportColumn> columns = new ArrayList<>(List.of(
                column(header.apply("registrationNumber"), LedgerView::registrationNumber),
                column(header.apply("unit"), LedgerView::unitCode),
                column(header.apply("unitPath"), row -> row.unitPath() == null ? null : String.join("/", row.unitPath())),
                column(header.apply("month"), LedgerView::month),
                column(header.apply("channel"), row -> channel.apply(row.channel())),
                column(header.apply("category"), row -> category.apply(row.category())),
                column(header.apply("level"), row -> level.apply(row.level())),
                column(header.apply("priority"), LedgerView::priority),
                column(header.apply("repeat"), LedgerView::repeat),
                column(header.apply("status"), row -> status.apply(row.status())),
                column(header.apply("responsibleDepartment"), LedgerView::responsibleDepartment),
                column(header.apply("handler"), LedgerView::handlerId),
                column(header.apply("holderUnit"), LedgerView::holderUnit),
                column(header.apply("escalationLevel"), LedgerView::escalationLevel),
                column(header.apply("escalationReason"), row -> reason.apply(row.escalationReason())),
                column(header.apply("escalations"), LedgerView::escalations),
                column(header.apply("reopened"), LedgerView::reopened),
                column(header.apply("remedyDeclines"), LedgerView::remedyDeclines),
                column(header.apply("approvedBySilence"), LedgerView::approvedBySilence),
                column(header.apply("cause"), LedgerView::causeCode),
                column(header.apply("satisfaction"), row -> satisfaction.apply(row.satisfaction())),
                column(header.apply("outcome"), row -> outcome.apply(row.outcome())),
                column(header.apply("overdue"), LedgerView::overdue),
                column(header.apply("limitsMet"), row -> joined(row.deadlinesMet())),
                column(header.apply("limitsMissed"), row -> joined(row.deadlinesMissed()))));
        for (String milestone : MILESTONES) {
            columns.add(column(headers.label("milestone." + milestone),
                    row -> time(row.milestones().get(milestone), zone)));
        }
        columns.addAll(words(header, named, zone));
        return List.copyOf(columns);
    }

    /**
     * After the milestones, so that spreadsheets built on the columns before keep reading them: the words of
     * the registration form, the findings, the current remedy and its result, the invalidity, the last
     * callback's answers.
     */
    private static List<ExportColumn> words(Function<String, String> header,
                                            Function<String, Function<Object, Object>> named, ZoneId zone) {
        Function<Object, Object> invalidReason = named.apply("invalidReason");
        Function<Object, Object> satisfaction = named.apply("satisfaction");
        Function<Object, Object> method = named.apply("callbackMethod");
        Function<LedgerView, Optional<LedgerView.ComplainedAbout>> about = row -> Optional.ofNullable(
                row.registration()).map(LedgerView.RegistrationForm::complainedAbout);
        Function<LedgerView, Optional<LedgerView.Remedy>> remedy = row -> Optional.ofNullable(row.remedy());
        Function<LedgerView, Optional<LedgerView.Invalidity>> invalidity = row -> Optional.ofNullable(row.invalidity());
        Function<LedgerView, Optional<LedgerView.Callback>> callback = row -> Optional.ofNullable(row.callback());
        return List.of(
                column(header.apply("description"), row -> row.registration().description()),
                column(header.apply("demand"), row -> row.registration().demand()),
                column(header.apply("occurredAt"), row -> time(row.registration().occurredAt(), zone)),
                column(header.apply("complainedAboutUnit"),
                        row -> about.apply(row).map(LedgerView.ComplainedAbout::unitCode).orElse(null)),
                column(header.apply("complainedAboutDepartment"),
                        row -> about.apply(row).map(LedgerView.ComplainedAbout::department).orElse(null)),
                column(header.apply("complainedAboutPerson"),
                        row -> about.apply(row).map(LedgerView.ComplainedAbout::person).orElse(null)),
                column(header.apply("productOrService"),
                        row -> about.apply(row).map(LedgerView.ComplainedAbout::productOrService).orElse(null)),
                column(header.apply("findings"), LedgerView::findings),
                column(header.apply("remedyMeasures"),
                        row -> remedy.apply(row).map(LedgerView.Remedy::measures).orElse(null)),
                column(header.apply("remedyResponsiblePerson"),
                        row -> remedy.apply(row).map(LedgerView.Remedy::responsiblePerson).orElse(null)),
                column(header.apply("remedyDueDate"),
                        row -> remedy.apply(row).map(LedgerView.Remedy::dueDate).map(Object::toString).orElse(null)),
                column(header.apply("correctiveActions"),
                        row -> remedy.apply(row).map(LedgerView.Remedy::correctiveActions).orElse(null)),
                column(header.apply("preventiveActions"),
                        row -> remedy.apply(row).map(LedgerView.Remedy::preventiveActions).orElse(null)),
                column(header.apply("result"), LedgerView::result),
                column(header.apply("invalidReason"),
                        row -> invalidReason.apply(invalidity.apply(row).map(LedgerView.Invalidity::reason).orElse(null))),
                column(header.apply("invalidExplanation"),
                        row -> invalidity.apply(row).map(LedgerView.Invalidity::explanation).orElse(null)),
                column(header.apply("timelinessSatisfaction"), row -> satisfaction.apply(
                        callback.apply(row).map(LedgerView.Callback::timelinessSatisfaction).orElse(null))),
                column(header.apply("callbackMethod"),
                        row -> method.apply(callback.apply(row).map(LedgerView.Callback::method).orElse(null))),
                column(header.apply("callbackComment"),
                        row -> callback.apply(row).map(LedgerView.Callback::comment).orElse(null)));
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
