package io.complaints.analytics.readmodel;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which generation of the read models is live, and which one a rebuild is filling, kept in MongoDB
 * so that every instance of analytics reads from the same one. Read at most once a second.
 */
@Component
public class Generations {

    static final String COLLECTION = "read_model_generations";
    private static final String ID = "current";
    static final Duration FRESH_FOR = Duration.ofSeconds(1);

    /** The stored state: the live generation, and the one being built (0: none). */
    record State(@Id String id, int live, int building) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile State cached;
    private volatile Instant readAt = Instant.MIN;

    Generations(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public Generation live() {
        return new Generation(state().live());
    }

    public Optional<Generation> building() {
        int building = state().building();
        return building == 0 ? Optional.empty() : Optional.of(new Generation(building));
    }

    /** Starts building the next generation; empty when a rebuild is already under way. */
    Optional<Generation> beginBuilding() {
        State now = state();
        if (now.building() != 0) {
            return Optional.empty();
        }
        Generation next = new Generation(now.live()).next();
        State claimed = mongo.findAndModify(query(where("_id").is(ID).and("building").is(0)),
                new Update().set("building", next.number()), FindAndModifyOptions.options().returnNew(true),
                State.class, COLLECTION);
        refresh();
        return claimed == null ? Optional.empty() : Optional.of(next);
    }

    /** The built generation goes live; the one it replaces is returned, to be dropped. */
    Generation switchTo(Generation built) {
        Generation previous = live();
        mongo.updateFirst(query(where("_id").is(ID).and("building").is(built.number())),
                new Update().set("live", built.number()).set("building", 0), State.class, COLLECTION);
        refresh();
        return previous;
    }

    /** A rebuild that failed: the live generation stays, the aside one is abandoned. */
    void abandon(Generation built) {
        mongo.updateFirst(query(where("_id").is(ID).and("building").is(built.number())),
                new Update().set("building", 0), State.class, COLLECTION);
        refresh();
    }

    private State state() {
        State known = cached;
        if (known == null || Duration.between(readAt, clock.instant()).compareTo(FRESH_FOR) > 0) {
            return refresh();
        }
        return known;
    }

    private State refresh() {
        State stored = mongo.findById(ID, State.class, COLLECTION);
        if (stored == null) {
            mongo.upsert(query(where("_id").is(ID)), new Update().setOnInsert("live", 1).setOnInsert("building", 0),
                    State.class, COLLECTION);
            stored = mongo.findById(ID, State.class, COLLECTION);
        }
        cached = stored;
        readAt = clock.instant();
        return stored;
    }
}
