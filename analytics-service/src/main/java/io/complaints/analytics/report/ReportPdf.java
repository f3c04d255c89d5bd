package io.complaints.analytics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import io.complaints.analytics.printing.CjkFont;
import io.complaints.analytics.printing.PrintedDocument;
import io.complaints.analytics.statistics.Figures;
import io.complaints.analytics.statistics.Pareto;
import io.complaints.analytics.statistics.StatisticsView;
import io.complaints.analytics.statistics.YearSummary;

/**
 * A report printed (A4 landscape): its title, unit, period and scope; the figures; a table per
 * breakdown; the Pareto of causes with code and name; a year's months. Rates are printed as
 * {@code 50.00% (3/6)}: the rate with its numerator and denominator.
 */
final class ReportPdf {

    private ReportPdf() {
    }

    static void write(Report report, ReportWording words, CjkFont font, OutputStream out) throws IOException {
        try (PrintedDocument pdf = new PrintedDocument(font, true, words.title(report))) {
            pdf.title(words.title(report))
                    .paragraph(words.label("report.unit") + ": " + words.unit(report.unit()) + "    "
                            + words.label("report.period") + ": " + report.period() + "    "
                            + words.label("report.generatedAt") + ": " + words.time(report))
                    .paragraph(words.label("report.scope"));
            pdf.heading(words.label("section.figures"));
            List<List<String>> items = new ArrayList<>();
            List<String> headers = words.printedHeaders();
            List<String> values = words.printed(report.figures());
            for (int i = 0; i < headers.size(); i++) {
                items.add(List.of(headers.get(i), values.get(i)));
            }
            pdf.table(List.of(words.label("figure.item"), words.label("figure.value")), new float[] {2, 3}, items);
            for (Report.Breakdown breakdown : report.breakdowns()) {
                pdf.heading(words.label("section." + breakdown.by()));
                List<List<String>> rows = new ArrayList<>();
                for (StatisticsView.Group group : breakdown.groups()) {
                    rows.add(row(words.group(breakdown.by(), group.key(), report), group.figures(), words));
                }
                figures(pdf, words.label("figure.name"), rows, words);
            }
            causes(pdf, report, words);
            if (!report.months().isEmpty()) {
                pdf.heading(words.label("section.months"));
                List<List<String>> rows = new ArrayList<>();
                for (YearSummary.Month month : report.months()) {
                    rows.add(row(month.month(), month.figures(), words));
                }
                figures(pdf, words.label("figure.month"), rows, words);
            }
            pdf.save(out);
        }
    }

    private static List<String> row(String name, Figures figures, ReportWording words) {
        List<String> row = new ArrayList<>();
        row.add(name);
        row.addAll(words.printed(figures));
        return row;
    }

    private static void figures(PrintedDocument pdf, String first, List<List<String>> rows, ReportWording words) {
        List<String> header = new ArrayList<>();
        header.add(first);
        header.addAll(words.printedHeaders());
        float[] weights = {3.2f, 1, 1, 1, 1, 2, 2, 2, 1, 1, 1, 1, 1.4f, 1.4f};
        pdf.table(header, weights, rows);
    }

    private static void causes(PrintedDocument pdf, Report report, ReportWording words) {
        Pareto pareto = report.causes();
        pdf.heading(words.label("section.causes")
                + (report.kind() == Report.Kind.YEARLY ? ": " + words.label("report.causes.top", pareto.causes().size())
                        : ""));
        pdf.paragraph(words.label("report.causes.counted", pareto.withCause(), pareto.withoutCause()));
        List<List<String>> rows = new ArrayList<>();
        int rank = 1;
        for (Pareto.Cause cause : pareto.causes()) {
            rows.add(List.of(String.valueOf(rank++), cause.cause(), words.cause(cause.name()),
                    String.valueOf(cause.count()), ReportWording.percent(cause.share()),
                    String.valueOf(cause.cumulativeCount()), ReportWording.percent(cause.cumulativeShare())));
        }
        pdf.table(List.of(words.label("cause.rank"), words.label("figure.code"), words.label("figure.name"),
                        words.label("cause.count"), words.label("cause.share"), words.label("cause.cumulativeCount"),
                        words.label("cause.cumulativeShare")),
                new float[] {0.6f, 2, 3, 1, 1, 1, 1}, rows);
    }
}
