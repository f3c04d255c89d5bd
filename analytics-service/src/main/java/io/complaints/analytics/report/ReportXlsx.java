package io.complaints.analytics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.MediaType;

import io.complaints.analytics.statistics.Figures;
import io.complaints.analytics.statistics.Pareto;
import io.complaints.analytics.statistics.StatisticsView;
import io.complaints.analytics.statistics.YearSummary;

/**
 * A report as an Excel workbook: a sheet naming the report, then one sheet per table (the figures,
 * each breakdown, the causes, a year's months), each with a bold header row. Counts and hours are
 * numbers, rates numbers shown as percentages, each with its numerator and denominator beside it;
 * a figure that has no value (a rate over nothing) is an empty cell.
 */
final class ReportXlsx {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ReportXlsx() {
    }

    static void write(Report report, ReportWording words, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            about(workbook.createSheet(words.label("section.report")), report, words, styles);
            List<ReportWording.Column> columns = words.columns();
            figures(workbook.createSheet(words.label("section.figures")), columns, words, styles,
                    List.of(new Line(report.unit(), words.unit(report.unit()), report.figures())));
            for (Report.Breakdown breakdown : report.breakdowns()) {
                List<Line> lines = new ArrayList<>();
                for (StatisticsView.Group group : breakdown.groups()) {
                    lines.add(new Line(group.key(), words.group(breakdown.by(), group.key(), report), group.figures()));
                }
                figures(workbook.createSheet(words.label("section." + breakdown.by())), columns, words, styles, lines);
            }
            causes(workbook.createSheet(words.label("section.causes")), report.causes(), words, styles);
            if (!report.months().isEmpty()) {
                List<Line> lines = new ArrayList<>();
                for (YearSummary.Month month : report.months()) {
                    lines.add(new Line(month.month(), month.month(), month.figures()));
                }
                figures(workbook.createSheet(words.label("section.months")), columns, words, styles, lines);
            }
            workbook.write(out);
        }
    }

    /** One row of a table of figures: the group's code, its name, its figures. */
    private record Line(String code, String name, Figures figures) {
    }

    private static void about(Sheet sheet, Report report, ReportWording words, Styles styles) {
        text(sheet.createRow(0), 0, words.title(report), styles.bold);
        pair(sheet.createRow(1), words.label("report.unit"), words.unit(report.unit()));
        pair(sheet.createRow(2), words.label("report.period"), report.period());
        pair(sheet.createRow(3), words.label("report.generatedAt"), words.time(report));
        text(sheet.createRow(4), 0, words.label("report.scope"), null);
        text(sheet.createRow(5), 0, words.label("report.causes.counted", report.causes().withCause(),
                report.causes().withoutCause()), null);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static void figures(Sheet sheet, List<ReportWording.Column> columns, ReportWording words, Styles styles,
                                List<Line> lines) {
        Row header = sheet.createRow(0);
        text(header, 0, words.label("figure.code"), styles.bold);
        text(header, 1, words.label("figure.name"), styles.bold);
        for (int c = 0; c < columns.size(); c++) {
            text(header, c + 2, columns.get(c).header(), styles.bold);
            sheet.setColumnWidth(c + 2, 14 * 256);
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        int next = 1;
        for (Line line : lines) {
            Row row = sheet.createRow(next++);
            text(row, 0, line.code(), null);
            text(row, 1, line.name(), null);
            for (int c = 0; c < columns.size(); c++) {
                ReportWording.Column column = columns.get(c);
                number(row, c + 2, column.value().apply(line.figures()), column.percent() ? styles.percent : null);
            }
        }
        sheet.createFreezePane(2, 1);
    }

    private static void causes(Sheet sheet, Pareto pareto, ReportWording words, Styles styles) {
        List<String> headers = List.of(words.label("cause.rank"), words.label("figure.code"),
                words.label("figure.name"), words.label("cause.count"), words.label("cause.share"),
                words.label("cause.cumulativeCount"), words.label("cause.cumulativeShare"));
        Row header = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            text(header, c, headers.get(c), styles.bold);
            sheet.setColumnWidth(c, (c == 2 ? 28 : 14) * 256);
        }
        int rank = 1;
        for (Pareto.Cause cause : pareto.causes()) {
            Row row = sheet.createRow(rank);
            number(row, 0, rank++, null);
            text(row, 1, cause.cause(), null);
            text(row, 2, words.cause(cause.name()), null);
            number(row, 3, cause.count(), null);
            number(row, 4, cause.share(), styles.percent);
            number(row, 5, cause.cumulativeCount(), null);
            number(row, 6, cause.cumulativeShare(), styles.percent);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void pair(Row row, String label, String value) {
        text(row, 0, label, null);
        text(row, 1, value, null);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        switch (value) {
            case null -> cell.setBlank();
            case BigDecimal decimal -> cell.setCellValue(decimal.doubleValue());
            case Number number -> cell.setCellValue(number.doubleValue());
            default -> cell.setCellValue(value.toString());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {

        final CellStyle bold;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(font);
            bold.setWrapText(true);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        }
    }
}
