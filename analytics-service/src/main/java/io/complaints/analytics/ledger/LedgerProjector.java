package io.complaints.analytics.ledger;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.complaints.events.CaseOpened;
import io.complaints.events.CloudEvent;
import io.complaints.events.ComplaintReceived;
import io.complaints.events.Topics;
import io.complaints.platform.json.CloudEventCodec;
import io.micrometer.core.instrument.MeterRegistry;

/** Keeps the ledger from the intake and handling topics. */
@Component
class LedgerProjector {

    private final MongoTemplate mongo;
    private final CloudEventCodec codec;
    private final Clock clock;
    private final MeterRegistry meters;

    LedgerProjector(MongoTemplate mongo, CloudEventCodec codec, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.codec = codec;
        this.clock = clock;
        this.meters = meters;
    }

    @KafkaListener(topics = {Topics.INTAKE, Topics.HANDLING}, groupId = "${spring.application.name}")
    void on(ConsumerRecord<String, byte[]> record) {
        codec.decode(record.value()).ifPresent(this::apply);
    }

    void apply(CloudEvent<Object> event) {
        switch (event.data()) {
            case ComplaintReceived received -> upsert(event, LedgerStatus.RECEIVED, new Update()
                    .set("registrationNumber", received.registrationNumber())
                    .set("unitCode", received.unit().code())
                    .set("unitPath", received.unit().path())
                    .set("channel", received.channel().name())
                    .set("category", received.category().name())
                    .set("level", received.level())
                    .set("receivedAt", received.receivedAt()));
            case CaseOpened opened -> upsert(event, LedgerStatus.AWAITING_TRIAGE, new Update()
                    .set("registrationNumber", opened.registrationNumber())
                    .set("unitCode", opened.unit().code())
                    .set("unitPath", opened.unit().path())
                    .set("level", opened.level())
                    .set("caseOpenedAt", opened.openedAt()));
            default -> count(event, "ignored");
        }
    }

    /**
     * One atomic upsert by id: facts are set (re-setting them is harmless), the status rank and the
     * latest event time only grow, the creation time is set once. A redelivered event, or the
     * events of one complaint in any order across topics, end in the same row.
     */
    private void upsert(CloudEvent<Object> event, LedgerStatus status, Update facts) {
        facts.max("statusRank", status.rank())
                .max("lastEventAt", event.time())
                .setOnInsert("createdAt", clock.instant());
        mongo.upsert(query(where("_id").is(event.subject())), facts, LedgerRow.class);
        count(event, "applied");
    }

    private void count(CloudEvent<Object> event, String outcome) {
        meters.counter("ledger.events", "type", event.type(), "outcome", outcome).increment();
    }
}
