package io.complaints.analytics.archive;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.analytics.language.Language;
import io.complaints.analytics.language.Wording;
import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.ledger.LedgerRow;
import io.complaints.analytics.printing.CjkFont;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.analytics.readmodel.Generations;
import io.complaints.analytics.statistics.CauseCatalogue;
import io.complaints.analytics.timeline.Timeline;
import io.complaints.analytics.timeline.TimelineEntry;
import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;
import io.complaints.platform.organisation.UnitDirectory;
import io.complaints.platform.web.Problems;

/**
 * The archive (投诉档案) of one complaint as a printable PDF, in zh-CN (the default) or English: its
 * facts, evidence, findings and cause, remedies with corrective and preventive actions, approvals,
 * offers and decisions, execution, callbacks, escalations, time limits and its whole history, from
 * the ledger row and the timeline. For those who may read the complaint, as its timeline: to anyone
 * else it is unknown (404).
 */
@RestController
class ArchiveController {

    private final MongoTemplate mongo;
    private final Timeline timeline;
    private final Generations generations;
    private final Visibility visibility;
    private final UnitDirectory units;
    private final CauseCatalogue causes;
    private final CjkFont font;
    private final Clock clock;
    private final ZoneId zone;

    ArchiveController(MongoTemplate mongo, Timeline timeline, Generations generations, Visibility visibility,
                      UnitDirectory units, CauseCatalogue causes, CjkFont font, Clock clock,
                      @Value("${complaints.analytics.zone:Asia/Shanghai}") ZoneId zone) {
        this.mongo = mongo;
        this.timeline = timeline;
        this.generations = generations;
        this.visibility = visibility;
        this.units = units;
        this.causes = causes;
        this.font = font;
        this.clock = clock;
        this.zone = zone;
    }

    /** e.g. {@code /api/complaints/c-1/archive.pdf?lang=en}. */
    @GetMapping("/api/complaints/{complaintId}/archive.pdf")
    ResponseEntity<?> archive(@PathVariable String complaintId, @RequestParam(required = false) String lang,
                              Actor reader) throws IOException {
        Language language = Language.of(lang, Language.ZH_CN);
        Generation live = generations.live();
        LedgerRow row = mongo.findOne(query(where("_id").is(complaintId)), LedgerRow.class,
                live.collection(Ledger.COLLECTION));
        if (row == null || row.registrationNumber() == null || !visibility.sees(reader, row.unitPath())) {
            return Problems.notFound("No archive", "No complaint with this id is on record (yet)");
        }
        List<TimelineEntry> history = timeline.of(complaintId, live);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ArchivePdf(Wording.in(language), units, causes, zone).write(row, history, clock.instant(), font, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("archive-" + row.registrationNumber() + "-" + language.tag() + ".pdf").build()
                        .toString())
                .cacheControl(CacheControl.noStore())
                .body(out.toByteArray());
    }
}
