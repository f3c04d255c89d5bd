package io.complaints.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseOpened;
import io.complaints.events.CaseTriaged;
import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantRef;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.EscalationReason;
import io.complaints.events.Escalated;
import io.complaints.events.EventTypes;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.ReminderIssued;
import io.complaints.events.RemedyProposed;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;

/** Integration events as intake and handling publish them, for one complaint. */
public final class Events {

    public static final UnitRef HQ = new UnitRef("HQ", List.of("HQ"));
    public static final UnitRef SH = new UnitRef("SH", List.of("HQ", "SH"));
    public static final UnitRef SH_PD = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    public static final UnitRef BJ_CY = new UnitRef("BJ-CY", List.of("HQ", "BJ", "BJ-CY"));

    /** A complainant who gave an e-mail address and agreed to be contacted; contact masked, as on the wire. */
    public static final ComplainantRef WITH_EMAIL = new ComplainantRef("ref-" + UUID.randomUUID(), "张*", "138****5678",
            "z***@example.org", true);
    /** One who gave a phone number only. */
    public static final ComplainantRef PHONE_ONLY = new ComplainantRef("ref-phone", "李*", "139****0000", null, true);

    private final String complaintId = UUID.randomUUID().toString();
    private final String registrationNumber;
    private final UnitRef unit;
    private final Instant now = Instant.now();

    public Events(UnitRef unit) {
        this.unit = unit;
        this.registrationNumber = unit.code() + "-2026113" + (System.nanoTime() % 100000);
    }

    public String complaintId() {
        return complaintId;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public CloudEvent<Object> received(int level) {
        return received(level, false, PHONE_ONLY);
    }

    public CloudEvent<Object> received(int level, boolean priority, ComplainantRef complainant) {
        return intake(EventTypes.COMPLAINT_RECEIVED, new ComplaintReceived(complaintId, registrationNumber, unit,
                Channel.HOTLINE, Category.BILLING, level, "Billed twice", "Refund", null, null, priority, List.of(), null,
                1, null, complainant, now, "agent.li"));
    }

    public CloudEvent<Object> opened(int level) {
        return handling(new CaseOpened(complaintId, registrationNumber, unit, level, now));
    }

    public CloudEvent<Object> triaged(int level, String department) {
        return handling(new CaseTriaged(complaintId, level, department, now));
    }

    public CloudEvent<Object> assigned(String handlerId, String department) {
        return handling(new HandlerAssigned(complaintId, handlerId, department, null));
    }

    public CloudEvent<Object> escalated(UnitRef from, UnitRef to, EscalationReason reason) {
        return handling(new Escalated(complaintId, from, to, reason, null, now, null));
    }

    public CloudEvent<Object> reminder(TimeLimit limit, String department, String handlerId) {
        return handling(new ReminderIssued(complaintId, limit, unit, department, handlerId));
    }

    public CloudEvent<Object> remedyProposed(boolean approvalRequired) {
        return handling(new RemedyProposed(complaintId, 1, "Refund the second charge", "handler.wang", null, null, null,
                approvalRequired));
    }

    public CloudEvent<Object> callbackInstructed(String responsibleDepartment) {
        return handling(new CallbackInstructed(complaintId, responsibleDepartment));
    }

    private CloudEvent<Object> intake(String type, Object data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "/intake-service", type, complaintId, now, "agent.li",
                unit.code(), 0, data);
    }

    /** Any event of handling about this complaint, as handling publishes it. */
    public CloudEvent<Object> handlingEvent(Record data) {
        return handling(data);
    }

    private CloudEvent<Object> handling(Record data) {
        String type = EventTypes.typeOf(data.getClass()).orElseThrow();
        return CloudEvent.of(UUID.randomUUID().toString(), "/handling-service", type, complaintId, now, "system",
                unit.code(), 0, data);
    }
}
