package io.complaints.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CloudEvents {@code type} of each integration event. The version suffix changes only with a
 * change that is not backward compatible; the old type then stays readable through an upcaster.
 */
public final class EventTypes {

    public static final String COMPLAINT_RECEIVED = "io.complaints.intake.ComplaintReceived.v1";
    public static final String COMPLAINT_AMENDED = "io.complaints.intake.ComplaintAmended.v1";
    public static final String COMPLAINT_WITHDRAWN = "io.complaints.intake.ComplaintWithdrawn.v1";
    public static final String COMPLAINANT_DECIDED_ON_REMEDY = "io.complaints.intake.ComplainantDecidedOnRemedy.v1";
    public static final String COMPLAINANT_ANSWERED_CALLBACK = "io.complaints.intake.ComplainantAnsweredCallback.v1";
    public static final String COMPLAINANT_ERASED = "io.complaints.intake.ComplainantErased.v1";
    public static final String CASE_OPENED = "io.complaints.handling.CaseOpened.v1";

    /** What happens to a case after it was opened; each type is {@code io.complaints.handling.<Name>.v1}. */
    public static final List<Class<? extends Record>> CASE_LIFECYCLE = List.of(
            CaseTriaged.class, HandlerAssigned.class, ComplainantContacted.class, FindingsRecorded.class,
            CaseMarkedInvalid.class, InvalidityExplained.class, RemedyProposed.class, RemedyApproved.class,
            RemedyRejected.class, RemedyOffered.class, RemedyAccepted.class, RemedyDeclined.class,
            RemedyExecuted.class, CallbackInstructed.class, CallbackCompleted.class, CaseReopened.class,
            CaseClosed.class, Escalated.class, EscalationsResolved.class, CaseTakenOver.class, ClockPaused.class,
            ClockResumed.class, DeadlineSet.class, DeadlineMet.class, DeadlineMissed.class, ReminderIssued.class,
            DeadlineWithdrawn.class, CaseRetriaged.class, ActionCompleted.class, ActionOverdue.class,
            EffectivenessReviewDue.class, EffectivenessReviewed.class);

    private static final Map<String, Class<? extends Record>> DATA_TYPES = dataTypes();

    private EventTypes() {
    }

    /** The record class that carries the data of events of this type, if the type is known. */
    public static Optional<Class<? extends Record>> dataType(String type) {
        return Optional.ofNullable(DATA_TYPES.get(type));
    }

    /** The type of events carrying this record, if it is an integration event. */
    public static Optional<String> typeOf(Class<?> dataType) {
        return DATA_TYPES.entrySet().stream().filter(e -> e.getValue().equals(dataType)).map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<String, Class<? extends Record>> dataTypes() {
        Map<String, Class<? extends Record>> types = new HashMap<>(Map.of(
                COMPLAINT_RECEIVED, ComplaintReceived.class,
                COMPLAINT_AMENDED, ComplaintAmended.class,
                COMPLAINT_WITHDRAWN, ComplaintWithdrawn.class,
                COMPLAINANT_DECIDED_ON_REMEDY, ComplainantDecidedOnRemedy.class,
                COMPLAINANT_ANSWERED_CALLBACK, ComplainantAnsweredCallback.class,
                COMPLAINANT_ERASED, ComplainantErased.class,
                CASE_OPENED, CaseOpened.class));
        CASE_LIFECYCLE.forEach(type -> types.put("io.complaints.handling." + type.getSimpleName() + ".v1", type));
        return Map.copyOf(types);
    }
}
