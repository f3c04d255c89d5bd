package io.complaints.notification.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;
import io.complaints.testsupport.FreshMongoDatabase;
import io.complaints.testsupport.SampleEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The level-1 alert and the delivery log, against a real MongoDB server (the stand-in where Docker is missing). */
class MajorComplaintAlertTest {

    private static final Instant NOW = Instant.parse("2023-10-01T02:00:01Z");

    private final CloudEventCodec codec = new CloudEventCodec();
    private FreshMongoDatabase database;
    private MongoTemplate mongo;
    private IntakeEventsListener listener;

    @BeforeEach
    void setUp() {
        database = new FreshMongoDatabase("notification_test");
        mongo = database.template();
        listener = new IntakeEventsListener(mongo, codec, Clock.fixed(NOW, ZoneOffset.UTC), new SimpleMeterRegistry());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void aMajorComplaintAlertsTheUnitsLeadershipAndHeadquarters() {
        listener.on(record(received("c-1", 1)));

        assertThat(mongo.findAll(Delivery.class))
                .extracting(Delivery::rule, Delivery::recipientRole, Delivery::recipientUnit, Delivery::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("level-1-alert", "leadership", "SH-PD", DeliveryStatus.RECORDED),
                        org.assertj.core.groups.Tuple.tuple("level-1-alert", "hq-supervisor", "HQ", DeliveryStatus.RECORDED));
    }

    @Test
    void aRedeliveredEventIsNotLoggedTwice() {
        var record = record(received("c-1", 1));

        listener.on(record);
        listener.on(record);

        assertThat(mongo.count(new Query(), Delivery.class)).isEqualTo(2);
    }

    @Test
    void lessSevereComplaintsAlertNobody() {
        for (int level = 2; level <= 4; level++) {
            listener.on(record(received("c-" + level, level)));
        }

        assertThat(mongo.count(new Query(), Delivery.class)).isZero();
    }

    @Test
    void theLogHoldsNoPersonalData() {
        listener.on(record(received("c-1", 1)));

        assertThat(mongo.findAll(Delivery.class).toString()).doesNotContain("138****5678", "张");
    }

    private ConsumerRecord<String, byte[]> record(CloudEvent<ComplaintReceived> event) {
        return new ConsumerRecord<>(Topics.INTAKE, 0, 0, event.subject(), codec.encode(event));
    }

    private static CloudEvent<ComplaintReceived> received(String complaintId, int level) {
        return SampleEvents.received(complaintId, level, NOW);
    }
}
