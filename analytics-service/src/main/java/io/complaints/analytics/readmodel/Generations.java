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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which generation of the read models is live, and which one a rebuild is filling, kept in MongoDB
 * so that every instance of analytics reads from the same one. Read at most once a second.
 * The rebuild that fills a generation holds it under a lease that it renews while it runs: a
 * rebuild that crashed stops renewing, and once its lease lapsed the next rebuild takes over.
 */
@Component
public class Generations {

    static final String COLLECTION = "read_model_generations";
    private static final String ID = "current";
    static final Duration FRESH_FOR = Duration.ofSeconds(1);
    /** How long a rebuild holds its generation without renewing; it renews every third of it. */
    static final Duration LEASE = Duration.ofSeconds(30);

    /**
     * The stored state: the live generation, and the one being built (0: none), by which rebuild
     * ({@code owner}) and until when unless renewed ({@code leaseUntil}; none: lapsed).
     */
    record State(@Id String id, int live, int building, String owner, Instant leaseUntil) {
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

    /**
     * Starts building the next generation for the rebuild {@code owner}; empty when another rebuild
     * holds a lease that has not lapsed. A lapsed one (its rebuild crashed) is taken over.
     */
    Optional<Generation> beginBuilding(String owner) {
        Generation next = new Generation(refresh().live()).next();
        Instant now = clock.instant();
        Criteria free = new Criteria().orOperator(where("building").is(0), where("leaseUntil").is(null),
                where("leaseUntil").lt(now));
        State claimed = mongo.findAndModify(query(where("_id").is(ID).and("live").is(next.number() - 1)
                        .andOperator(free)),
                new Update().set("building", next.number()).set("owner", owner).set("leaseUntil", now.plus(LEASE)),
                FindAndModifyOptions.options().returnNew(true), State.class, COLLECTION);
        refresh();
        return claimed == null ? Optional.empty() : Optional.of(next);
    }

    /** Renews the rebuild's lease; false when it no longer holds the generation (it was taken over). */
    boolean renew(Generation built, String owner) {
        return mongo.updateFirst(held(built, owner), new Update().set("leaseUntil", clock.instant().plus(LEASE)),
                State.class, COLLECTION).getMatchedCount() > 0;
    }

    /** The built generation goes live; the one it replaces is returned, to be dropped. */
    Generation switchTo(Generation built, String owner) {
        Generation previous = new Generation(refresh().live());
        long switched = mongo.updateFirst(held(built, owner), new Update().set("live", built.number())
                .set("building", 0).unset("owner").unset("leaseUntil"), State.class, COLLECTION).getMatchedCount();
        refresh();
        if (switched == 0) {
            throw new IllegalStateException("generation " + built.number() + " was taken over by another rebuild");
        }
        return previous;
    }

    /** A rebuild that failed: the live generation stays, the aside one is abandoned. */
    void abandon(Generation built, String owner) {
        mongo.updateFirst(held(built, owner), new Update().set("building", 0).unset("owner").unset("leaseUntil"),
                State.class, COLLECTION);
        refresh();
    }

    private static Query held(Generation built, String owner) {
        return query(where("_id").is(ID).and("building").is(built.number()).and("owner").is(owner));
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
