package io.complaints.handling.whatif;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.Actor;
import io.complaints.platform.organisation.UnitDirectory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What-if replay for HQ supervisors and analysts: how the on-time rate, reminders and escalations of a
 * period would have differed under other time limits and working calendars. Answers from the records;
 * changes nothing.
 */
@RestController
@RequestMapping("/api/what-if")
@Tag(name = "What-if", description = "a period's cases replayed under a candidate configuration of time limits "
        + "and working calendars (DOMAIN.md, \"Deadlines\")")
class WhatIfController {

    private final WhatIf whatIf;
    private final UnitDirectory units;
    private final WhatIfProperties bounds;

    WhatIfController(WhatIf whatIf, UnitDirectory units, WhatIfProperties bounds) {
        this.whatIf = whatIf;
        this.units = units;
        this.bounds = bounds;
    }

    @GetMapping("/configuration")
    @Operation(summary = "The live time limits and working calendars, written as a candidate is")
    CandidateConfiguration liveConfiguration() {
        return whatIf.liveConfiguration();
    }

    @PostMapping
    @Operation(summary = "Replay the cases received in the months asked, of the unit and below, under the "
            + "candidate: on-time rate, missed limits, reminders and escalations per unit and month, live "
            + "versus candidate")
    WhatIfReport replay(@RequestBody WhatIfRequest request, Actor actor) {
        return whatIf.replay(WhatIfQuestion.of(request, actor, units, bounds));
    }
}
