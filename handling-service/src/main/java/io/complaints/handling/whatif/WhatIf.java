package io.complaints.handling.whatif;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.stereotype.Service;

import io.complaints.handling.cases.CaseOpened;
import io.complaints.handling.cases.CaseReplay;
import io.complaints.handling.deadline.ConfiguredDeadlinePolicy;
import io.complaints.handling.deadline.DeadlinePolicy;
import io.complaints.handling.deadline.DeadlineProperties;
import io.complaints.platform.RulesViolatedException;

/**
 * What-if replay for the people who set the rules: the period's cases, as recorded, replayed in memory
 * under the live configuration and under a candidate ({@link CaseReplay}, with the live rule code given
 * the candidate's limits and calendars), added up per unit and month. Reads the event store and the case
 * board; appends, schedules, publishes and sends nothing.
 */
@Service
class WhatIf {

    private final CaseHistories histories;
    private final DeadlineProperties liveConfiguration;
    private final DeadlinePolicy live;
    private final WhatIfProperties bounds;
    private final Clock clock;

    WhatIf(CaseHistories histories, DeadlineProperties liveConfiguration, DeadlinePolicy live,
           WhatIfProperties bounds, Clock clock) {
        this.histories = histories;
        this.liveConfiguration = liveConfiguration;
        this.live = live;
        this.bounds = bounds;
        this.clock = clock;
    }

    /** The live configuration, written as a candidate is: the place to start a candidate from. */
    CandidateConfiguration liveConfiguration() {
        return CandidateConfiguration.of(liveConfiguration);
    }

    /** Months are read in the organisation's zone, as the statistics read them. */
    WhatIfReport replay(WhatIfQuestion question) {
        ZoneId zone = liveConfiguration.zone();
        Instant start = question.from().atDay(1).atStartOfDay(zone).toInstant();
        Instant end = question.to().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<String> caseIds = histories.openedAround(question.unit(), start, end, bounds.maxCases() + 1);
        if (caseIds.size() > bounds.maxCases()) {
            throw RulesViolatedException.ofField("to", "at-most-cases", "the period holds more than "
                    + bounds.maxCases() + " cases of the unit; ask for fewer months or a unit below it");
        }
        WhatIfTally tally = new WhatIfTally(zone, live, new ConfiguredDeadlinePolicy(question.candidate()),
                clock.instant());
        for (String caseId : caseIds) {
            List<CaseReplay.Recorded> history = histories.of(caseId);
            CaseOpened opened = CaseHistories.opening(history);
            if (opened != null && !opened.receivedAt().isBefore(start) && opened.receivedAt().isBefore(end)) {
                tally.count(opened, history);
            }
        }
        return tally.report(question.unit(), question.from().toString(), question.to().toString());
    }
}
