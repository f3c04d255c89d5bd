package io.complaints.testsupport;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantRef;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.EventTypes;
import io.complaints.events.UnitRef;

/** Integration events as the publishing services would send them, for consumers' tests. */
public final class SampleEvents {

    public static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));

    private SampleEvents() {
    }

    /** A complaint received at Pudong, with masked contact only. */
    public static ComplaintReceived complaintReceived(String complaintId, int level, Instant receivedAt) {
        return new ComplaintReceived(complaintId, "SH-PD-202310010001", PUDONG, Channel.HOTLINE, Category.BILLING,
                level, "Billed twice", "Refund the second charge", null, null, false, List.of(), null, 1, null,
                new ComplainantRef("ref-" + complaintId, "张*", "138****5678", null, true), receivedAt, "agent.li");
    }

    /** The envelope intake-service would publish it in, with a new event id. */
    public static <T> CloudEvent<T> envelope(String type, String complaintId, Instant time, T data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "/intake-service", type, complaintId, time, "agent.li",
                "SH-PD", 0, data);
    }

    public static CloudEvent<ComplaintReceived> received(String complaintId, int level, Instant receivedAt) {
        return envelope(EventTypes.COMPLAINT_RECEIVED, complaintId, receivedAt,
                complaintReceived(complaintId, level, receivedAt));
    }
}
