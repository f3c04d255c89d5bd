package io.complaints.notification.feed;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import io.complaints.notification.infrastructure.MongoInserts;

/**
 * The notices of the live feed in MongoDB ({@code feed_notices}), written once each by whichever
 * instance decided them and read by every instance for its own subscribers.
 */
@Component
public class FeedNotices implements InitializingBean {

    private final MongoTemplate mongo;

    public FeedNotices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(FeedNotice.class).createIndex(new Index("createdAt", Sort.Direction.ASC));
    }

    /** Records those not there already (a redelivered event), in one round trip. */
    public void record(List<FeedNotice> notices) {
        MongoInserts.insertIfAbsent(mongo, FeedNotice.class, notices);
    }

    List<FeedNotice> since(Instant from) {
        return mongo.find(query(where("createdAt").gte(from)).with(Sort.by("createdAt", "_id")), FeedNotice.class);
    }
}
