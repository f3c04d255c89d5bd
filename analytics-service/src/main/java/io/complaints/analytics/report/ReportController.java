package io.complaints.analytics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.analytics.language.Language;
import io.complaints.analytics.language.Wording;
import io.complaints.analytics.printing.CjkFont;
import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.organisation.UnitDirectory;

/**
 * The monthly report (投诉管理月度统计分析汇总表) and the year-end summary of a unit, every unit below
 * it included, as an Excel workbook or a PDF, in zh-CN (the default) or English: the same figures
 * as the statistics API for the same unit and period. Without a unit, the asker's own; a unit
 * outside the asker's subtree is refused (as the statistics are). A PDF cannot be printed without a
 * font for Chinese text: then 503, naming what to install.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final Pattern MONTH = Pattern.compile("[12]\\d{3}-(0[1-9]|1[0-2])");
    private static final Pattern YEAR = Pattern.compile("[12]\\d{3}");

    private final Reports reports;
    private final Visibility visibility;
    private final UnitDirectory units;
    private final CjkFont font;
    private final ZoneId zone;

    ReportController(Reports reports, Visibility visibility, UnitDirectory units, CjkFont font,
                     @Value("${complaints.analytics.zone:Asia/Shanghai}") ZoneId zone) {
        this.reports = reports;
        this.visibility = visibility;
        this.units = units;
        this.font = font;
        this.zone = zone;
    }

    /** e.g. {@code /monthly/2026-11.xlsx?unit=SH&lang=en}. */
    @GetMapping("/monthly/{month}.{format:xlsx|pdf}")
    ResponseEntity<byte[]> monthly(@PathVariable String month, @PathVariable String format,
                                   @RequestParam(required = false) String unit,
                                   @RequestParam(required = false) String lang, Actor asker) throws IOException {
        Language language = Language.of(lang, Language.ZH_CN);
        checked(MONTH, month, "month", "must be a month yyyy-MM");
        String seen = seen(unit, asker);
        return file(reports.monthly(seen, month), format, language, "monthly-report-" + seen + "-" + month);
    }

    /** e.g. {@code /yearly/2026.pdf?unit=SH}. */
    @GetMapping("/yearly/{year}.{format:xlsx|pdf}")
    ResponseEntity<byte[]> yearly(@PathVariable String year, @PathVariable String format,
                                  @RequestParam(required = false) String unit,
                                  @RequestParam(required = false) String lang, Actor asker) throws IOException {
        Language language = Language.of(lang, Language.ZH_CN);
        checked(YEAR, year, "year", "must be a year yyyy");
        String seen = seen(unit, asker);
        return file(reports.yearly(seen, year), format, language, "year-summary-" + seen + "-" + year);
    }

    private ResponseEntity<byte[]> file(Report report, String format, Language language, String name)
            throws IOException {
        ReportWording words = new ReportWording(Wording.in(language), units, zone);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type;
        if ("pdf".equals(format)) {
            ReportPdf.write(report, words, font, out);
            type = MediaType.APPLICATION_PDF;
        } else {
            ReportXlsx.write(report, words, out);
            type = ReportXlsx.XLSX;
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "-" + language.tag() + "." + format).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(out.toByteArray());
    }

    private String seen(String unit, Actor asker) {
        String asked = unit == null ? asker.unit() : unit;
        if (unit != null) {
            new RulesViolatedException.Collector().check(Pattern.matches("[A-Z0-9][A-Z0-9-]{0,31}", unit), "unit",
                    "Pattern", "must be a unit code (capitals, digits, -)").throwIfAny();
        }
        visibility.requireWithin(asker, asked);
        return asked;
    }

    private static void checked(Pattern pattern, String value, String field, String message) {
        new RulesViolatedException.Collector().check(pattern.matcher(value).matches(), field, "Pattern", message)
                .throwIfAny();
    }
}
