package io.complaints.analytics.export;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.complaints.analytics.language.Language;
import io.complaints.analytics.ledger.LedgerFilter;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.ledger.LedgerTexts;
import io.complaints.analytics.ledger.PastLedger;
import io.complaints.analytics.readmodel.PastInstant;
import io.complaints.analytics.readmodel.PastReplay;
import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;
import io.complaints.platform.limits.CallerPermits;

/**
 * The ledger exported (投诉台账导出): the same selection as {@code GET /api/ledger}, every row of it,
 * as CSV or as an Excel workbook, written while it is read. A malformed selection, or one of a unit
 * outside the caller's subtree, is refused with a problem before anything is written; without a
 * unit, the caller's subtree is exported. A caller runs only so many exports at once, and so does
 * the instance ({@link ExportSettings}): more are refused with 429. The file is named after the unit
 * and the period only. With {@code lang=zh-CN} or {@code lang=en}, headers and values are in that
 * language ({@link LedgerColumns}). With {@code asOf}, the ledger as it stood at that instant
 * ({@link PastLedger}), replayed before anything is written.
 */
@RestController
@RequestMapping("/api/ledger")
class LedgerExportController {

    private final LedgerSelection selection;
    private final Visibility visibility;
    private final CallerPermits permits;
    private final Clock clock;
    private final ZoneId zone;
    private final List<ExportFormat> formats;
    private final PastLedger pastLedger;
    private final LedgerTexts texts;

    LedgerExportController(LedgerSelection selection, Visibility visibility, CallerPermits exportPermits, Clock clock,
                           ExportSettings settings, @Value("${complaints.analytics.zone:Asia/Shanghai}") ZoneId zone,
                           PastLedger pastLedger, LedgerTexts texts) {
        this.pastLedger = pastLedger;
        this.texts = texts;
        this.selection = selection;
        this.visibility = visibility;
        this.permits = exportPermits;
        this.clock = clock;
        this.zone = zone;
        this.formats = List.of(new CsvExport(), new XlsxExport(settings.rowWindow()));
    }

    @GetMapping("/export.{extension:csv|xlsx}")
    ResponseEntity<StreamingResponseBody> export(@PathVariable String extension, @ParameterObject LedgerFilter filter,
                                                 @RequestParam(required = false) String lang,
                                                 @RequestParam(required = false) String asOf, Actor caller) {
        Optional<Language> language = Optional.ofNullable(lang).map(asked -> Language.of(asked, Language.ZH_CN));
        ExportFormat format = formats.stream().filter(f -> f.extension().equals(extension)).findFirst().orElseThrow();
        Optional<Instant> past = Optional.ofNullable(asOf).map(text -> PastInstant.parse("asOf", text, clock.instant()));
        Query rowsSeen = filter.visibleTo(caller, visibility);
        Instant now = past.orElseGet(clock::instant);
        List<ExportColumn> columns = LedgerColumns.all(zone, language);
        String fileName = fileName(filter.unit() != null ? filter.unit() : caller.unit(), filter, past, extension);
        CallerPermits.Permit permit = permits.acquire(caller.id());
        Optional<PastReplay.Scratch> scratch;
        try {
            scratch = past.map(at -> pastLedger.at(at, caller));
        } catch (RuntimeException refused) {
            permit.close();
            throw refused;
        }
        visibility.logRead(caller, "ledger export " + extension, "selection of unit "
                + (filter.unit() != null ? filter.unit() : caller.unit()));
        StreamingResponseBody body = out -> {
            try (permit; Stream<LedgerRow> rows = scratch.map(s -> selection.open(rowsSeen, PastLedger.collection(s)))
                    .orElseGet(() -> selection.open(rowsSeen))) {
                format.write(columns, texts.views(rows.iterator(), now), out);
            } finally {
                scratch.ifPresent(PastReplay.Scratch::close);
            }
        };
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(body);
    }

    /**
     * e.g. {@code ledger-SH-2026-11.csv}, {@code ledger-SH-2026-01_2026-03.xlsx}, {@code ledger-HQ-all.csv};
     * as of an instant, e.g. {@code ledger-HQ-all-as-of-2026-11-05T16-00-00Z.csv}.
     */
    static String fileName(String unit, LedgerFilter filter, Optional<Instant> asOf, String extension) {
        String name = fileName(unit, filter, extension);
        return asOf.map(at -> name.substring(0, name.length() - extension.length() - 1) + "-as-of-"
                + at.toString().replace(':', '-') + "." + extension).orElse(name);
    }

    static String fileName(String unit, LedgerFilter filter, String extension) {
        String from = filter.from();
        String to = filter.to();
        String period;
        if (from == null && to == null) {
            period = "all";
        } else if (from == null) {
            period = "to-" + to;
        } else if (to == null) {
            period = "from-" + from;
        } else {
            period = from.equals(to) ? from : from + "_" + to;
        }
        return "ledger-" + unit + "-" + period + "." + extension;
    }
}
