package io.complaints.handling.cases;

import static io.complaints.handling.cases.CaseFixture.BRANCH;
import static io.complaints.handling.cases.CaseFixture.HQ;
import static io.complaints.handling.cases.CaseFixture.SUBSIDIARY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.complaints.events.EscalationReason;
import io.complaints.events.TimeLimit;

/** The ladder a branch's case climbs, and what a limit falling due does: the steps the case and a replay share. */
class EscalationLadderTest {

    private final EscalationLadder ladder = new EscalationLadder(BRANCH);

    @Test
    void eachEscalationGoesOneLevelUpAndHqStaysWithHq() {
        assertThat(ladder.target(EscalationReason.DEADLINE_MISSED, BRANCH)).isEqualTo(SUBSIDIARY);
        assertThat(ladder.target(EscalationReason.CALLBACK_DISSATISFIED, SUBSIDIARY)).isEqualTo(HQ);
        assertThat(ladder.target(EscalationReason.BY_HAND, HQ)).isEqualTo(HQ);
        assertThat(ladder.withHq(HQ)).isTrue();
        assertThat(ladder.withHq(SUBSIDIARY)).isFalse();
    }

    @Test
    void aLevelOneComplaintGoesToHqAtOnce() {
        assertThat(ladder.target(EscalationReason.LEVEL_1_AT_TRIAGE, BRANCH)).isEqualTo(HQ);
        assertThat(ladder.target(EscalationReason.LEVEL_2_AT_TRIAGE, BRANCH)).isEqualTo(SUBSIDIARY);
    }

    @Test
    void anApprovalFallingDueIsDeemedGivenEveryOtherLimitIsMissed() {
        for (TimeLimit limit : TimeLimit.values()) {
            assertThat(FallingDue.of(limit).remindsAndEscalates()).as(limit.name())
                    .isEqualTo(limit != TimeLimit.APPROVAL);
        }
    }
}
