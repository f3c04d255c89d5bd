package io.complaints.analytics.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.complaints.analytics.Story;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.events.Category;
import io.complaints.events.Channel;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintAmended;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.EventTypes;
import io.complaints.events.UnitRef;
import io.complaints.testsupport.FreshMongoDatabase;

/** The timeline read model against a real MongoDB server (the stand-in where Docker is missing). */
class TimelineTest {

    private static final Instant RECEIVED = Instant.parse("2026-10-31T17:00:00Z");
    private static final UnitRef PUDONG = new UnitRef("SH-PD", List.of("HQ", "SH", "SH-PD"));
    private static final Generation GENERATION = new Generation(1);

    /** The whole story's history as a user reads it: type | what | why. */
    private static final List<String> WHOLE_STORY = List.of(
            "ComplaintReceived | Received SH-PD-c-1 by HOTLINE: BILLING, level 2 | null",
            "CaseOpened | Case opened at SH-PD, level 2 | null",
            "CaseTriaged | Triaged: level 1, responsible department billing | null",
            "DeadlineSet | Time limit SETTLE runs, due 2026-11-03T17:00:00Z | null",
            "Escalated | Escalated from SH-PD to SH: LEVEL_2_AT_TRIAGE | null",
            "HandlerAssigned | Handler handler.zhao (metering) assigned | null",
            "FindingsRecorded | Findings recorded, cause METER-READING | meter misread",
            "RemedyProposed | Remedy 1 proposed: correct, due 2026-11-05, needs approval | null",
            "RemedyApproved | Remedy 1 approved by silence (视为已批准) | null",
            "RemedyOffered | Remedy 1 offered to the complainant | null",
            "RemedyDeclined | Remedy 1 declined by the complainant (1 so far) | too little",
            "RemedyProposed | Remedy 2 proposed: correct and refund, due 2026-11-05, needs approval | null",
            "RemedyApproved | Remedy 2 approved | ok",
            "RemedyOffered | Remedy 2 offered to the complainant | null",
            "RemedyAccepted | Remedy 2 accepted by the complainant | null",
            "DeadlineMet | Time limit SETTLE met | null",
            "RemedyExecuted | Remedy 2 executed | done",
            "CallbackInstructed | Callback instructed, by someone outside billing | null",
            "DeadlineSet | Time limit CALLBACK runs, due 2026-11-02T17:00:00Z | null",
            "DeadlineMissed | Time limit CALLBACK missed, due 2026-11-02T17:00:00Z | null",
            "CallbackCompleted | Called back by agent.sun (quality): DISSATISFIED | no refund yet",
            "CaseReopened | Reopened | no refund yet",
            "RemedyProposed | Remedy 3 proposed: pay out, due 2026-11-06, needs approval | null",
            "RemedyApproved | Remedy 3 approved | null",
            "RemedyOffered | Remedy 3 offered to the complainant | null",
            "RemedyAccepted | Remedy 3 accepted by the complainant | null",
            "RemedyExecuted | Remedy 3 executed | paid",
            "CallbackInstructed | Callback instructed, by someone outside billing | null",
            "CallbackCompleted | Called back by agent.sun (quality): SATISFIED | thanks",
            "CaseClosed | Closed: RESOLVED, SATISFIED | null",
            "EscalationsResolved | Escalations resolved at SH | null");

    private FreshMongoDatabase database;
    private Timeline timeline;

    @BeforeEach
    void setUp() {
        database = new FreshMongoDatabase("timeline_test");
        timeline = new Timeline(database.template());
        timeline.ensureIndexes(GENERATION);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void aWholeStoryDeliveredShuffledAndTwiceGivesTheExactHistoryInOrder() {
        List<CloudEvent<Object>> story = Story.whole("c-1", PUDONG, RECEIVED).events();
        List<CloudEvent<Object>> delivered = new ArrayList<>(story);
        delivered.addAll(story.subList(3, 17)); // redelivered from some point on
        delivered.add(story.get(0));
        Collections.shuffle(delivered, new Random(11));
        delivered.forEach(this::apply);

        List<TimelineEntry> history = timeline.of("c-1", GENERATION);

        assertThat(history).extracting(entry -> entry.type() + " | " + entry.what() + " | " + entry.why())
                .containsExactlyElementsOf(WHOLE_STORY);
        assertThat(history).extracting(TimelineEntry::eventId)
                .containsExactlyElementsOf(story.stream().map(CloudEvent::id).toList());
        assertThat(history).extracting(TimelineEntry::time)
                .containsExactlyElementsOf(story.stream().map(CloudEvent::time).toList());
        TimelineEntry received = history.getFirst();
        assertThat(received.service()).isEqualTo("intake");
        assertThat(received.actor()).isEqualTo("someone");
        assertThat(received.unit()).isEqualTo("SH-PD");
        assertThat(received.source()).isEqualTo("/test");
        assertThat(history.get(1).service()).isEqualTo("handling");
        assertThat(history.getLast().sequence()).isEqualTo(29);
        assertThat(database.template().getCollection(GENERATION.collection(Timeline.COLLECTION)).countDocuments())
                .as("one entry per event").isEqualTo(story.size());
    }

    @Test
    void atTheSameTimeIntakeComesBeforeHandlingAndEachServiceKeepsItsOwnOrder() {
        List<CloudEvent<Object>> story = Story.whole("c-2", PUDONG, RECEIVED).events();
        CloudEvent<Object> triaged = story.get(2);
        CloudEvent<Object> settleSet = story.get(3);
        // handling's next step recorded at the very instant of triage, and an amendment at intake then too
        CloudEvent<Object> atTriage = CloudEvent.of(settleSet.id(), settleSet.source(), settleSet.type(),
                settleSet.subject(), triaged.time(), settleSet.actor(), settleSet.unit(), settleSet.sequence(),
                settleSet.data());
        CloudEvent<Object> amended = intakeEvent(EventTypes.COMPLAINT_AMENDED, "c-2", triaged.time(), 1,
                amendment("c-2"));
        List<CloudEvent<Object>> delivered = new ArrayList<>(List.of(atTriage, triaged, story.get(1), amended,
                story.get(0)));
        Collections.reverse(delivered);
        delivered.forEach(this::apply);

        assertThat(timeline.of("c-2", GENERATION)).extracting(TimelineEntry::type).containsExactly(
                "ComplaintReceived", "CaseOpened", "ComplaintAmended", "CaseTriaged", "DeadlineSet");
        assertThat(timeline.of("c-2", GENERATION).get(2).what()).isEqualTo("Amended: level, category");
        assertThat(timeline.of("c-2", GENERATION).get(2).why()).isEqualTo("wrong category at intake");
    }

    @Test
    void theFollowUpOfTheActionsReadsAsWhatHappened() {
        Story.received("c-9", PUDONG, 2, RECEIVED)
                .then(new io.complaints.events.ActionCompleted("c-9", 1, 1, "bill corrected", RECEIVED.plusSeconds(60)))
                .then(new io.complaints.events.ActionOverdue("c-9", 1, 2, "manager.zhou",
                        java.time.LocalDate.parse("2026-11-20")))
                .then(new io.complaints.events.EffectivenessReviewDue("c-9", 2, RECEIVED.plusSeconds(600)))
                .then(new io.complaints.events.EffectivenessReviewed("c-9",
                        io.complaints.events.EffectivenessReviewed.ReviewOutcome.NOT_EFFECTIVE,
                        "estimated readings again in December", RECEIVED.plusSeconds(900)))
                .events().forEach(this::apply);

        List<TimelineEntry> history = timeline.of("c-9", GENERATION);
        assertThat(history.subList(1, history.size()))
                .extracting(entry -> entry.type() + " | " + entry.what() + " | " + entry.why())
                .containsExactly("ActionCompleted | Action 1 of remedy 1 done | bill corrected",
                        "ActionOverdue | Action 2 of remedy 1 overdue since 2026-11-20, its owner manager.zhou reminded"
                                + " | null",
                        "EffectivenessReviewDue | Effectiveness review of the actions due (level 2) | null",
                        "EffectivenessReviewed | Effectiveness of the actions reviewed: NOT_EFFECTIVE"
                                + " | estimated readings again in December");
    }

    @Test
    void noPersonalDataOfTheComplainantIsKept() {
        CloudEvent<Object> received = Story.received("c-3", PUDONG, 3, RECEIVED).events().getFirst();
        ComplaintReceived data = (ComplaintReceived) received.data();
        apply(received);
        apply(intakeEvent(EventTypes.COMPLAINT_AMENDED, "c-3", RECEIVED.plusSeconds(60), 1, amendment("c-3")));

        List<Document> stored = database.template().findAll(Document.class,
                GENERATION.collection(Timeline.COLLECTION));
        assertThat(stored).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.keySet()).containsExactlyInAnyOrder("_id", "complaintId", "time", "service", "source",
                    "type", "actor", "unit", "sequence", "what", "why", "details");
            assertThat(entry.toJson()).doesNotContain(data.complainant().maskedName(),
                    data.complainant().maskedPhone(), data.complainant().reference(), data.description(),
                    data.demand());
        });
    }

    @Test
    void aComplaintWithoutEventsHasNoHistory() {
        Story.whole("c-4", PUDONG, RECEIVED).events().forEach(this::apply);

        assertThat(timeline.of("c-unknown", GENERATION)).isEmpty();
        assertThat(timeline.of("c-4", new Generation(2))).as("another generation").isEmpty();
    }

    private void apply(CloudEvent<Object> event) {
        timeline.apply(event, GENERATION);
    }

    private static CloudEvent<Object> intakeEvent(String type, String complaintId, Instant time, long sequence,
                                                  Object data) {
        return CloudEvent.of(UUID.randomUUID().toString(), "/intake-service", type, complaintId, time, "agent.li",
                "SH-PD", sequence, data);
    }

    /** The category corrected at intake; the complainant's masked contact travels along, as it does. */
    private static ComplaintAmended amendment(String complaintId) {
        ComplaintReceived sample = (ComplaintReceived) Story.received(complaintId, PUDONG, 3, RECEIVED).events()
                .getFirst().data();
        return new ComplaintAmended(complaintId, sample.registrationNumber(), Channel.HOTLINE, Category.SERVICE_QUALITY,
                2, sample.description(), sample.demand(), null, null, false, List.of(), 1, sample.complainant(),
                List.of("level", "category"), "wrong category at intake", RECEIVED.plus(Duration.ofMinutes(1)),
                "agent.li");
    }
}
