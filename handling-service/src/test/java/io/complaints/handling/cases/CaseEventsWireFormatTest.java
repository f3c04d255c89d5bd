package io.complaints.handling.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.CallbackCompleted;
import io.complaints.events.CallbackInstructed;
import io.complaints.events.CaseClosed;
import io.complaints.events.CaseMarkedInvalid;
import io.complaints.events.CaseOutcome;
import io.complaints.events.ActionCompleted;
import io.complaints.events.ActionOverdue;
import io.complaints.events.CaseReopened;
import io.complaints.events.EffectivenessReviewDue;
import io.complaints.events.RemedyAction;
import io.complaints.events.CaseRetriaged;
import io.complaints.events.CaseStatus;
import io.complaints.events.CaseTakenOver;
import io.complaints.events.CaseTriaged;
import io.complaints.events.ClockPaused;
import io.complaints.events.ClockResumed;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplainantContacted;
import io.complaints.events.DeadlineMet;
import io.complaints.events.DeadlineMissed;
import io.complaints.events.DeadlineSet;
import io.complaints.events.DeadlineWithdrawn;
import io.complaints.events.Escalated;
import io.complaints.events.EscalationReason;
import io.complaints.events.EscalationsResolved;
import io.complaints.events.EventTypes;
import io.complaints.events.FindingsRecorded;
import io.complaints.events.HandlerAssigned;
import io.complaints.events.InvalidityExplained;
import io.complaints.events.InvalidityReason;
import io.complaints.events.OpenDeadline;
import io.complaints.events.PrioritySource;
import io.complaints.events.RemedyAccepted;
import io.complaints.events.RemedyApproved;
import io.complaints.events.RemedyDeclined;
import io.complaints.events.RemedyExecuted;
import io.complaints.events.RemedyOffered;
import io.complaints.events.RemedyProposed;
import io.complaints.events.RemedyRejected;
import io.complaints.events.ReminderIssued;
import io.complaints.events.Satisfaction;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;
import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.platform.json.CloudEventCodec;

/**
 * Pins the published wire format of every event of a case: a change to the JSON fails here on
 * purpose. Each event type has its golden file {@code golden/<Name>.v1.json}; run once with
 * {@code -Dgolden.write=true} to write the file of a new type, and read it before committing it.
 */
class CaseEventsWireFormatTest {

    private static final String CASE = "5f0c8a52-6a8e-4c8e-9f43-2d8f1f0a9b11";
    private static final String EVENT_ID = "1b2c3d4e-0000-4000-8000-00000000abcd";
    private static final Instant AT = Instant.parse("2023-10-01T02:15:30.310Z");
    private static final UnitRef BRANCH = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final UnitRef SUBSIDIARY = new UnitRef("SH", List.of("HQ", "SH"));
    private static final OpenDeadline SETTLE = new OpenDeadline(TimeLimit.SETTLE, Instant.parse("2023-10-04T02:00:00Z"));
    private static final Actor COORDINATOR = new Actor("coordinator.li", "SH-PD", Role.COORDINATOR, "customer-service");

    private final CloudEventCodec codec = new CloudEventCodec();
    private final ObjectMapper json = new ObjectMapper();

    static Stream<Object> samples() {
        return Stream.of(
                new CaseOpened(CASE, "SH-PD-202310010002", BRANCH, 2, List.of(PrioritySource.MEDIA), "billing", "Wang",
                        Instant.parse("2023-10-01T02:15:30.250Z"), AT, Actor.system("SH-PD")),
                new CaseTriaged(CASE, 2, "billing", AT),
                new HandlerAssigned(CASE, "handler.zhao", "metering", null),
                new ComplainantContacted(CASE, AT, "called, meter reading agreed for Tuesday"),
                new FindingsRecorded(CASE, "meter misread in September", "METER-READING"),
                new CaseMarkedInvalid(CASE, InvalidityReason.MISUNDERSTANDING, "the tariff changed by law on 1 July"),
                new InvalidityExplained(CASE, AT),
                new RemedyProposed(CASE, 1, "re-read the meter and correct the bill", "handler.zhao",
                        LocalDate.parse("2023-10-05"), "correct the September bill", "double-check estimated readings",
                        true, null, List.of(new RemedyAction(1, RemedyAction.ActionKind.PREVENTIVE,
                                "re-train the meter readers", "manager.zhou", LocalDate.parse("2023-10-20")))),
                new RemedyApproved(CASE, 1, true, null),
                new RemedyRejected(CASE, 1, "refund the late fee as well"),
                new RemedyOffered(CASE, 2),
                new RemedyAccepted(CASE, 2),
                new RemedyDeclined(CASE, 1, "wants the late fee refunded", 1),
                new RemedyExecuted(CASE, 2, "bill corrected, late fee refunded"),
                new CallbackInstructed(CASE, "billing"),
                new CallbackCompleted(CASE, "agent.sun", "quality", Satisfaction.FAIRLY_SATISFIED, "took long",
                        Satisfaction.NEUTRAL, io.complaints.events.CallbackMethod.PHONE),
                new CaseReopened(CASE, "the refund has not arrived"),
                new CaseClosed(CASE, CaseOutcome.RESOLVED, Satisfaction.SATISFIED, AT),
                new Escalated(CASE, BRANCH, SUBSIDIARY, EscalationReason.DEADLINE_MISSED, "SETTLE", AT, SETTLE),
                new EscalationsResolved(CASE, SUBSIDIARY, AT),
                new CaseTakenOver(CASE, SUBSIDIARY, new UnitRef("HQ", List.of("HQ"))),
                new ClockPaused(CASE, "waiting for the complainant's documents", AT),
                new ClockResumed(CASE, AT, Duration.ofHours(26)),
                new DeadlineSet(CASE, SETTLE),
                new DeadlineMet(CASE, SETTLE, AT),
                new DeadlineMissed(CASE, SETTLE, AT),
                new DeadlineWithdrawn(CASE, SETTLE, AT),
                new CaseRetriaged(CASE, 3, 1, "billing", "metering", true, "the complainant was injured", AT,
                        CaseStatus.INVESTIGATING),
                new ActionCompleted(CASE, 2, 1, "all meter readers re-trained", AT),
                new ActionOverdue(CASE, 2, 2, "manager.zhou", LocalDate.parse("2023-10-20")),
                new EffectivenessReviewDue(CASE, 2, AT),
                new io.complaints.events.EffectivenessReviewed(CASE,
                        io.complaints.events.EffectivenessReviewed.ReviewOutcome.NOT_EFFECTIVE,
                        "estimated readings were complained about again in December", AT),
                new ReminderIssued(CASE, TimeLimit.SETTLE, BRANCH, "billing", "handler.zhao"));
    }

    @Test
    void everyPublishedTypeHasASample() {
        List<Class<?>> sampled = samples().<Class<?>>map(Object::getClass).toList();
        assertThat(sampled).containsAll(EventTypes.CASE_LIFECYCLE);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void publishedJsonEqualsTheGoldenFile(Object sample) throws IOException {
        byte[] published = codec.encode(published(sample));
        String name = goldenName(sample);
        if (Boolean.getBoolean("golden.write")) {
            Files.write(Path.of("src/test/resources/golden", name),
                    json.writerWithDefaultPrettyPrinter().writeValueAsBytes(json.readTree(published)));
        }
        assertThat(json.readTree(published)).as(name).isEqualTo(json.readTree(golden(name)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    @SuppressWarnings("unchecked")
    void theGoldenFileReadsBackIntoTheSameEvent(Object sample) throws IOException {
        var expected = (CloudEvent<Object>) published(sample);
        assertThat(codec.decode(golden(goldenName(sample)))).contains(expected);
    }

    /** Records published before events carried the case's status read with the status their event leaves. */
    /** Every sample but those published with the status from their first version. */
    static Stream<Object> samplesOlderThanStatuses() {
        return samples().filter(sample -> !(sample instanceof CaseRetriaged));
    }

    @ParameterizedTest
    @MethodSource("samplesOlderThanStatuses")
    @SuppressWarnings("unchecked")
    void aRecordPublishedWithoutTheStatusReadsWithTheStatusItsEventLeaves(Object sample) throws Exception {
        var golden = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(golden(goldenName(sample)));
        var data = (com.fasterxml.jackson.databind.node.ObjectNode) golden.get("data");
        boolean carriesStatus = data.remove("status") != null;
        var expected = (CloudEvent<Object>) published(sample);
        assertThat(codec.decode(json.writeValueAsBytes(golden))).contains(expected);
        if (carriesStatus) {
            assertThat(expected.data().getClass().getMethod("status").invoke(expected.data()))
                    .as(goldenName(sample)).isNotNull();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCallbackRecordedBeforeTheFullFormReadsWithoutItsAnswers() throws Exception {
        var golden = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(golden("CallbackCompleted.v1.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) golden.get("data")).remove(
                List.of("timelinessSatisfaction", "method"));
        assertThat(codec.decode(json.writeValueAsBytes(golden))).hasValueSatisfying(event -> assertThat(event.data())
                .isEqualTo(new CallbackCompleted(CASE, "agent.sun", "quality", Satisfaction.FAIRLY_SATISFIED,
                        "took long")));
    }

    private static String goldenName(Object sample) {
        return sample.getClass().getSimpleName() + ".v1.json";
    }

    private static CloudEvent<?> published(Object sample) {
        MetaData metaData = sample instanceof CaseOpened ? MetaData.emptyInstance() : CaseMetaData.of(COORDINATOR, null);
        var message = new GenericDomainEventMessage<>("Case", CASE, 3, sample, metaData, EVENT_ID, AT);
        return CaseEventsPublisher.toCloudEvent(message).orElseThrow();
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = CaseEventsWireFormatTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("the golden file " + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
