package io.complaints.analytics.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.complaints.analytics.ledger.Ledger;
import io.complaints.analytics.readmodel.Generation;
import io.complaints.analytics.readmodel.ReadModel;
import io.complaints.events.CloudEvent;
import io.complaints.testsupport.FreshMongoDatabase;

/**
 * The ledger and the statistics over a fresh MongoDB database, wired as the service wires them,
 * without Kafka: events are handed to the read models in their order, as the event feed does.
 */
final class StatisticsFixture implements AutoCloseable {

    static final int TOP_CAUSES = 3;

    private final FreshMongoDatabase database = new FreshMongoDatabase("statistics_test");
    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    private final List<ReadModel> models;

    StatisticsFixture() {
        context.registerBean(MongoTemplate.class, database::template);
        context.registerBean(Clock.class, () -> Clock.fixed(Instant.parse("2027-01-15T00:00:00Z"), ZoneOffset.UTC));
        context.register(Ledger.class, DirtyMonths.class, Buckets.class, Recompute.class, StatisticsModel.class);
        context.refresh();
        models = context.getBeanProvider(ReadModel.class).orderedStream().toList();
    }

    /** The read models in the order the event feed applies them. */
    List<ReadModel> models() {
        return models;
    }

    void deliver(CloudEvent<Object> event, Generation generation) {
        models.forEach(model -> model.apply(event, generation));
    }

    void deliver(List<CloudEvent<Object>> events, Generation generation) {
        events.forEach(event -> deliver(event, generation));
    }

    /** What the schedule does every second: recompute the months noted out of date. */
    int recompute(Generation generation) {
        return context.getBean(Recompute.class).dirty(generation);
    }

    /** What a rebuild does once it has replayed every event. */
    void replayed(Generation generation) {
        context.getBean(StatisticsModel.class).replayed(generation);
    }

    StatisticsQueries queries(Generation generation) {
        return new StatisticsQueries(context.getBean(Buckets.class), () -> generation, TOP_CAUSES);
    }

    /** Every bucket of the generation, by id, without the count of changes it was computed from. */
    List<Document> buckets(Generation generation) {
        return mongo().findAll(Document.class, generation.collection(Buckets.COLLECTION)).stream()
                .peek(bucket -> bucket.remove("basis"))
                .sorted(Comparator.comparing(bucket -> bucket.getString("_id")))
                .toList();
    }

    List<DirtyMonths.Note> dirtyMonths(Generation generation) {
        return context.getBean(DirtyMonths.class).dirty(generation);
    }

    MongoTemplate mongo() {
        return database.template();
    }

    @Override
    public void close() {
        context.close();
        database.close();
    }
}
