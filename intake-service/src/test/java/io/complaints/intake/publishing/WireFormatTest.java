package io.complaints.intake.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.security.MessageDigest;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.CloudEvent;
import io.complaints.events.PrioritySource;
import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplainedAbout;
import io.complaints.intake.complaint.ComplaintAmended;
import io.complaints.intake.complaint.ComplaintDetails;
import io.complaints.intake.complaint.ComplaintRegistered;
import io.complaints.intake.complaint.ComplaintWithdrawn;
import io.complaints.intake.complaint.CallbackAnswered;
import io.complaints.intake.complaint.OnlineComplainant;
import io.complaints.intake.complaint.RemedyDecisionGiven;
import io.complaints.events.Satisfaction;
import io.complaints.platform.Actor;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.platform.personaldata.SealedText;

/**
 * Pins the published wire format of intake's events: a change to the JSON fails here on purpose.
 * A compatible change updates the golden file; an incompatible one needs a new type version.
 */
class WireFormatTest {

    private static final String ID = "5f0c8a52-6a8e-4c8e-9f43-2d8f1f0a9b11";
    private static final String NUMBER = "SH-PD-202310010002";
    private static final Actor AGENT = new Actor("agent.li", "SH-PD");
    private static final Complainant ZHANG = new Complainant("张三", "Pudong Flowers Ltd", "1 Century Avenue",
            "13812345678", "zhang.san@example.com", true);
    private static final ComplaintDetails DETAILS = new ComplaintDetails(Channel.GOVERNMENT_HOTLINE,
            Category.SERVICE_QUALITY, 2, "No hot water for three days", "Repair and compensation",
            Instant.parse("2023-09-28T00:00:00Z"), new ComplainedAbout("SH-PD", "Maintenance", "Wang Wu", "Hot water"),
            Set.of(PrioritySource.GOVERNMENT, PrioritySource.REPEAT_COMPLAINT), 1);

    private final CloudEventCodec codec = new CloudEventCodec();

    @Test
    void complaintReceived() throws IOException {
        var registered = new ComplaintRegistered(ID, NUMBER, "SH-PD", List.of("HQ", "SH", "SH-PD"), DETAILS,
                "0b7c2d0e-2f67-4d39-8d5e-2b1f3a9c4e55", ZHANG, null,
                new ComplaintRegistered.EarlierComplaint("1a2b3c4d-0000-4000-8000-000000000001", "SH-PD-202309200003"),
                Instant.parse("2023-10-01T02:15:30.250Z"), AGENT);

        pinned(ComplaintEventsPublisher.received(registered, "8d3e7a10-1c55-4f5b-a3c2-7e6f5d4c3b2a", 0, SEAL),
                "complaint-received.v1.sealed.json");
    }

    /** Records published before intake sealed the complainant's texts hold them in clear, and still read. */
    @Test
    void aComplaintReceivedOrAmendedPublishedBeforeSealingStillReadsWithItsTexts() throws IOException {
        for (String file : List.of("complaint-received.v1.json", "complaint-amended.v1.json")) {
            var data = codec.decode(golden(file)).orElseThrow().data();
            String description = data instanceof io.complaints.events.ComplaintReceived received
                    ? received.description() : ((io.complaints.events.ComplaintAmended) data).description();
            assertThat(description).as(file).isEqualTo("No hot water for three days");
            assertThat(SealedText.isSealed(description)).as(file).isFalse();
        }
    }

    @Test
    void complaintAmended() throws IOException {
        var amended = new ComplaintAmended(ID, NUMBER, DETAILS, "0b7c2d0e-2f67-4d39-8d5e-2b1f3a9c4e55", ZHANG,
                List.of("level", "complainant"), "The customer called back", Instant.parse("2023-10-01T03:00:00Z"),
                AGENT);

        pinned(ComplaintEventsPublisher.amended(amended, "9e4f8b21-2d66-4a6c-b4d3-8f7a6e5d4c3b", 1, SEAL),
                "complaint-amended.v1.sealed.json");
    }

    @Test
    void complaintWithdrawn() throws IOException {
        var withdrawn = new ComplaintWithdrawn(ID, NUMBER, "The refund arrived", Instant.parse("2023-10-02T09:30:00Z"),
                AGENT);

        pinned(ComplaintEventsPublisher.withdrawn(withdrawn, "af5a9c32-3e77-4b7d-85e4-9a8b7f6e5d4c", 2),
                "complaint-withdrawn.v1.json");
    }

    @Test
    void complainantDecidedOnRemedy() throws IOException {
        var decided = new RemedyDecisionGiven(ID, NUMBER, COMPLAINANT_REFERENCE, false, "Too little",
                Instant.parse("2023-10-03T02:00:00Z"), OnlineComplainant.of(COMPLAINANT_REFERENCE, "SH-PD"));

        pinned(translated(decided, "b16f0d43-4f88-4c8e-96f5-0b9c8a7f6e5d", 3), "complainant-decided-on-remedy.v1.json");
    }

    @Test
    void complainantAnsweredCallback() throws IOException {
        var answered = new CallbackAnswered(ID, NUMBER, COMPLAINANT_REFERENCE, Satisfaction.SATISFIED,
                Satisfaction.FAIRLY_SATISFIED, "Thank you", Instant.parse("2023-10-05T08:00:00Z"),
                OnlineComplainant.of(COMPLAINANT_REFERENCE, "SH-PD"));

        pinned(translated(answered, "c27a1e54-5a99-4d9f-a7a6-1cad9b8a7f6e", 4), "complainant-answered-callback.v1.json");
    }

    @Test
    void complainantErased() throws IOException {
        var erased = new io.complaints.intake.complaint.ComplainantErased(ID, NUMBER, COMPLAINANT_REFERENCE,
                "request by letter", Instant.parse("2023-10-06T01:00:00Z"), new Actor("coordinator.sh", "SH"));

        pinned(translated(erased, "d38b2f65-6baa-4eaf-b8b7-2dbeac9b8a7f", 5), "complainant-erased.v1.json");
    }

    private static final String COMPLAINANT_REFERENCE = "0b7c2d0e-2f67-4d39-8d5e-2b1f3a9c4e55";

    /** Stands in for the complainant's key: a sealed text of the right form, the same for the same text. */
    private static final UnaryOperator<String> SEAL = text -> {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("sealed " + text).getBytes(StandardCharsets.UTF_8));
            return "sealed:v1:" + COMPLAINANT_REFERENCE + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    };

    /** As the outbox translates a stored event of the complaint. */
    private static CloudEvent<?> translated(Object payload, String eventId, long sequence) {
        return new ComplaintEventsPublisher(null, null).translate(new GenericDomainEventMessage<>("Complaint", ID, sequence,
                payload, MetaData.emptyInstance(), eventId, Instant.parse("2023-10-01T00:00:00Z"))).orElseThrow();
    }

    /** The JSON equals the golden file, reads back into the same event, and holds no full contact. */
    @SuppressWarnings("unchecked")
    private void pinned(CloudEvent<?> event, String goldenFile) throws IOException {
        byte[] published = codec.encode(event);
        byte[] golden = golden(goldenFile);
        var json = new ObjectMapper();

        assertThat(json.readTree(published)).isEqualTo(json.readTree(golden));
        assertThat(codec.decode(golden)).contains((CloudEvent<Object>) event);
        assertThat(new String(published, StandardCharsets.UTF_8))
                .doesNotContain("13812345678", "张三", "zhang.san@example.com", "Century", "Pudong Flowers",
                        "No hot water", "Repair and compensation");
    }

    private static byte[] golden(String file) throws IOException {
        try (InputStream in = WireFormatTest.class.getResourceAsStream("/golden/" + file)) {
            return in.readAllBytes();
        }
    }
}
