package io.complaints.analytics.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import io.complaints.analytics.language.Wording;
import io.complaints.analytics.statistics.CauseCatalogue;
import io.complaints.analytics.statistics.Figures;
import io.complaints.platform.organisation.OrganisationUnit;
import io.complaints.platform.organisation.UnitDirectory;

/**
 * How a report says things in its language: the names of groups (units with their names, categories,
 * levels, channels in words), the figures' columns, rates as {@code 50.00% (3/6)}.
 */
final class ReportWording {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm XXX");

    /** A column of figures as a workbook shows it: each rate's value, numerator and denominator apart. */
    record Column(String header, Function<Figures, Object> value, boolean percent) {
    }

    private final Wording wording;
    private final UnitDirectory units;
    private final ZoneId zone;

    ReportWording(Wording wording, UnitDirectory units, ZoneId zone) {
        this.wording = wording;
        this.units = units;
        this.zone = zone;
    }

    Wording wording() {
        return wording;
    }

    String label(String key, Object... arguments) {
        return wording.label(key, arguments);
    }

    String title(Report report) {
        return label(report.kind() == Report.Kind.MONTHLY ? "report.monthly.title" : "report.yearly.title");
    }

    String time(Report report) {
        return TIME.format(report.generatedAt().atZone(zone));
    }

    /** e.g. {@code SH-PD Pudong branch}. */
    String unit(String code) {
        return units.find(code).map(OrganisationUnit::name).map(name -> code + " " + name).orElse(code);
    }

    /** The name of a group of a breakdown {@code by}; the report's own unit in a breakdown by unit marked as such. */
    String group(String by, String key, Report report) {
        if (key == null) {
            return label("report.notKnownYet");
        }
        return switch (by) {
            case "unit" -> unit(key) + (key.equals(report.unit()) ? " " + label("report.ownComplaints") : "");
            case "category", "channel", "level" -> wording.value(by, key);
            default -> key;
        };
    }

    /** A cause's name in the report's language, from the catalogue's {@code English / 中文}; empty when not named. */
    String cause(String name) {
        return CauseCatalogue.in(name, wording.language());
    }

    /** Every figure, in the workbook's columns. */
    List<Column> columns() {
        return List.of(
                column("figure.total", Figures::total),
                column("figure.valid", Figures::valid),
                column("figure.invalid", Figures::invalid),
                column("figure.withdrawn", Figures::withdrawn),
                new Column(label("figure.onTime"), f -> f.onTime().rate(), true),
                new Column(label("figure.numerator", label("figure.onTime")), f -> f.onTime().numerator(), false),
                new Column(label("figure.denominator", label("figure.onTime")), f -> f.onTime().denominator(), false),
                new Column(label("figure.resolution"), f -> f.resolution().rate(), true),
                new Column(label("figure.numerator", label("figure.resolution")), f -> f.resolution().numerator(),
                        false),
                new Column(label("figure.denominator", label("figure.resolution")), f -> f.resolution().denominator(),
                        false),
                new Column(label("figure.satisfaction"), f -> f.satisfaction().rate(), true),
                new Column(label("figure.numerator", label("figure.satisfaction")), f -> f.satisfaction().numerator(),
                        false),
                new Column(label("figure.denominator", label("figure.satisfaction")),
                        f -> f.satisfaction().denominator(), false),
                column("figure.escalations", Figures::escalations),
                column("figure.reopened", Figures::reopened),
                column("figure.repeats", Figures::repeats),
                column("figure.closed", f -> f.timeToClose().closed()),
                column("figure.meanHours", f -> f.timeToClose().meanHours()),
                column("figure.p90Hours", f -> f.timeToClose().p90Hours()));
    }

    /** The headers of the printed figures: a rate in one column with what it is made of. */
    List<String> printedHeaders() {
        return List.of(label("figure.total"), label("figure.valid"), label("figure.invalid"), label("figure.withdrawn"),
                label("figure.onTime"), label("figure.resolution"), label("figure.satisfaction"),
                label("figure.escalations"), label("figure.reopened"), label("figure.repeats"), label("figure.closed"),
                label("figure.meanHours"), label("figure.p90Hours"));
    }

    /** The printed figures, in the order of {@link #printedHeaders()}. */
    List<String> printed(Figures f) {
        return List.of(number(f.total()), number(f.valid()), number(f.invalid()), number(f.withdrawn()),
                rate(f.onTime()), rate(f.resolution()), rate(f.satisfaction()), number(f.escalations()),
                number(f.reopened()), number(f.repeats()), number(f.timeToClose().closed()),
                number(f.timeToClose().meanHours()), number(f.timeToClose().p90Hours()));
    }

    /** e.g. {@code 50.00% (3/6)}; {@code – (0/0)} over nothing. */
    static String rate(Figures.Rate rate) {
        return percent(rate.rate()) + " (" + rate.numerator() + "/" + rate.denominator() + ")";
    }

    /** e.g. {@code 50.00%}; {@code –} for none. */
    static String percent(BigDecimal share) {
        return share == null ? "–"
                : share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String number(Object value) {
        return value == null ? "–" : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private ReportWording.Column column(String key, Function<Figures, Object> value) {
        return new Column(label(key), value, false);
    }
}
