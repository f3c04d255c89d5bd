package io.complaints.handling.cases;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOutcome;
import io.complaints.events.CaseReopened;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineSet;
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.InvalidityExplained;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyRejected;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.handling.deadline.DeadlinePolicy;

/**
 * One case's recorded history replayed under another deadline policy, in memory: a sandbox that appends,
 * schedules and publishes nothing. The work is done when the record says it was (triaged, contacted, …);
 * what the policy changes is when each time limit falls due, and so which limits are missed, the reminders
 * (催办) they issue and the escalations they cause. It takes the steps the case takes: the policy's due
 * times ({@link DeadlinePolicy}), what a limit falling due does ({@link FallingDue}), where an escalation
 * goes ({@link EscalationLadder}), no limit falling due while the clock is paused or once the case is
 * closed, and every open limit moved by a pause.
 * <p>
 * A recorded limit started at receipt or at the step that set it: the one at which the live policy gives
 * its recorded due time (receipt when both do), so the replay starts it at the same moment. Escalations
 * for a missed limit are decided by the replay; the others (severity at triage, a remedy declined twice, a
 * dissatisfied callback, by hand) happen when the record says, going where the ladder takes them from the
 * replay's holder. Not seen: an escalation the live case skipped because HQ held it already.
 */
public final class CaseReplay {

    /** An event of the case's history, at the time the event store keeps for it. */
    public record Recorded(Object event, Instant at) {
    }

    /**
     * What the case would have come to.
     *
     * @param missed      time limits that fell due unmet (each issued one reminder)
     * @param escalations times the case went one level up (or to HQ)
     * @param closed      closed at the end of the history
     * @param withdrawn   closed because the complainant withdrew
     */
    public record Outcome(int missed, int escalations, boolean closed, boolean withdrawn) {

        /** Reminders (催办) issued: one per missed limit. */
        public int reminders() {
            return missed;
        }

        /** In the on-time rate's denominator: every complaint but one withdrawn before it missed a limit. */
        public boolean countsForOnTime() {
            return !withdrawn || missed > 0;
        }

        /** In its numerator: closed within every time limit, not withdrawn. */
        public boolean onTime() {
            return closed && missed == 0 && !withdrawn;
        }
    }

    private final DeadlinePolicy live;
    private final DeadlinePolicy policy;
    private final Map<TimeLimit, Instant> open = new EnumMap<>(TimeLimit.class);
    private EscalationLadder ladder;
    private List<String> unitPath;
    private UnitRef holder;
    private Instant receivedAt;
    private boolean paused;
    private boolean resuming;
    private boolean closed;
    private boolean withdrawn;
    private int missed;
    private int escalations;

    private CaseReplay(DeadlinePolicy live, DeadlinePolicy policy) {
        this.live = live;
        this.policy = policy;
    }

    /**
     * Replays {@code history} (starting with {@link CaseOpened}, in the order stored) under {@code policy};
     * limits still open at {@code asOf} fall due if their time has come.
     *
     * @param live the policy the history was recorded under: it tells when each recorded limit started
     */
    public static Outcome replay(List<Recorded> history, DeadlinePolicy live, DeadlinePolicy policy, Instant asOf) {
        CaseReplay replay = new CaseReplay(live, policy);
        for (Recorded recorded : history) {
            replay.fallDueBefore(recorded.at());
            replay.apply(recorded.event(), recorded.at());
        }
        replay.fallDueBefore(asOf);
        return new Outcome(replay.missed, replay.escalations, replay.closed, replay.withdrawn);
    }

    /** The open limits due before {@code moment} fall due, first due first, as their deadlines would fire. */
    private void fallDueBefore(Instant moment) {
        while (!closed && !paused) {
            Optional<Map.Entry<TimeLimit, Instant>> next = open.entrySet().stream()
                    .filter(limit -> limit.getValue().isBefore(moment))
                    .min(Map.Entry.comparingByValue());
            if (next.isEmpty()) {
                return;
            }
            TimeLimit limit = next.get().getKey();
            open.remove(limit);
            if (FallingDue.of(limit).remindsAndEscalates()) {
                missed++;
                escalate(EscalationReason.DEADLINE_MISSED);
            }
        }
    }

    private void apply(Object event, Instant at) {
        boolean afterResume = resuming;
        resuming = false;
        switch (event) {
            case CaseOpened opened -> {
                ladder = new EscalationLadder(opened.unit());
                unitPath = opened.unit().path();
                holder = opened.unit();
                receivedAt = opened.receivedAt();
            }
            // the limits a resume moved are recorded again right after it: moved here already
            case DeadlineSet set when afterResume -> resuming = true;
            case DeadlineSet set -> open.put(set.deadline().limit(),
                    policy.due(set.deadline().limit(), unitPath, startOf(set, at)));
            case DeadlineMet met -> open.remove(met.deadline().limit());
            case DeadlineWithdrawn withdrawal -> open.remove(withdrawal.deadline().limit());
            case Escalated escalated when escalated.reason() != EscalationReason.DEADLINE_MISSED ->
                    escalate(escalated.reason());
            case CaseTakenOver takenOver -> holder = ladder.hq();
            case CaseMarkedInvalid invalid -> {
                open.remove(TimeLimit.TRIAGE);
                CaseDeadlines.OWED_BY_A_VALID_CASE.forEach(open::remove);
            }
            case CaseClosed closing -> {
                open.clear();
                closed = true;
                withdrawn = closing.outcome() == CaseOutcome.WITHDRAWN;
            }
            case CaseReopened reopened -> closed = false;
            case ClockPaused pause -> paused = true;
            case ClockResumed resume -> {
                open.replaceAll((limit, due) -> due.plus(resume.paused()));
                paused = false;
                resuming = true;
            }
            default -> doneBy(event).ifPresent(open::remove);
        }
    }

    /**
     * The limit whose work an event records. A limit the live case had missed records no {@code DeadlineMet}
     * when its work is done at last; under another policy it may still be open then, and is met by the work.
     */
    static Optional<TimeLimit> doneBy(Object event) {
        return Optional.ofNullable(switch (event) {
            case CaseTriaged triaged -> TimeLimit.TRIAGE;
            case ComplainantContacted contacted -> TimeLimit.CONTACT;
            case FindingsRecorded findings -> TimeLimit.HQ_FINDINGS;
            case RemedyAccepted accepted -> TimeLimit.SETTLE;
            case RemedyApproved approved -> TimeLimit.APPROVAL;
            case RemedyRejected rejected -> TimeLimit.APPROVAL;
            case InvalidityExplained explained -> TimeLimit.EXPLAIN_INVALID;
            case CallbackCompleted callback -> TimeLimit.CALLBACK;
            default -> null;
        });
    }

    private void escalate(EscalationReason reason) {
        UnitRef to = ladder.target(reason, holder);
        if (!to.equals(holder)) {
            holder = to;
            escalations++;
        }
    }

    /** Receipt, when the live policy gives the recorded due time from it; else the moment the limit was set. */
    private Instant startOf(DeadlineSet set, Instant setAt) {
        return live.due(set.deadline().limit(), unitPath, receivedAt).equals(set.deadline().due())
                ? receivedAt : setAt;
    }
}
