package io.complaints.notification.feed;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

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

    /** Records it unless it is there already (a redelivered event). */
    public void record(FeedNotice notice) {
        try {
            mongo.insert(notice);
        } catch (DuplicateKeyException alreadyThere) {
            // decided before: nothing to add
        }
    }

    List<FeedNotice> since(Instant from) {
        return mongo.find(query(where("createdAt").gte(from)).with(Sort.by("createdAt", "_id")), FeedNotice.class);
    }
}
