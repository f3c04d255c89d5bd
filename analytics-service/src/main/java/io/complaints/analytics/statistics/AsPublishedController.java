package io.complaints.analytics.statistics;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.analytics.visibility.Visibility;
import io.complaints.platform.Actor;

/**
 * A month's statistics as published on a date beside today's, and the difference per figure
 * ({@link AsPublished}), e.g. {@code /api/statistics/as-published?unit=SH&month=2026-10&publishedOn=2026-11-05}.
 * Without a unit, the asker's own; a unit outside the asker's subtree is refused; a malformed question
 * is answered with a problem naming each field and rule, before anything is replayed.
 */
@RestController
@RequestMapping("/api/statistics")
class AsPublishedController {

    private final AsPublished asPublished;
    private final Visibility visibility;
    private final Clock clock;
    private final ZoneId zone;

    AsPublishedController(AsPublished asPublished, Visibility visibility, Clock clock,
                          @Value("${complaints.analytics.zone:Asia/Shanghai}") ZoneId zone) {
        this.asPublished = asPublished;
        this.visibility = visibility;
        this.clock = clock;
        this.zone = zone;
    }

    @GetMapping("/as-published")
    PublishedComparison asPublished(@RequestParam(required = false) String unit,
                                    @RequestParam(required = false) String month,
                                    @RequestParam(required = false) String publishedOn, Actor asker) {
        PublishedQuestion question = PublishedQuestion.of(unit == null ? asker.unit() : unit, month, publishedOn, zone,
                clock.instant());
        visibility.requireWithin(asker, question.unit());
        return asPublished.compare(question, asker);
    }
}
