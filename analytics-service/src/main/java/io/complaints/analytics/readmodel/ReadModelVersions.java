package io.complaints.analytics.readmodel;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which version of each read model ({@link ReadModel#version()}) computed the live generation, kept
 * next to the generations. A rebuild records the versions of the code that rebuilt it; a model whose
 * code is at a later version than the live generation's is outdated: what it computes now is missing
 * from the history before, until a rebuild ({@link RebuildWhenOutdated}). Read models are named by
 * their first collection; a model or generation never recorded counts as version 1 (they were all at
 * 1 before versions were kept).
 */
@Component
public class ReadModelVersions {

    private static final String ID = "versions";

    private final MongoTemplate mongo;
    private final List<ReadModel> models;

    ReadModelVersions(MongoTemplate mongo, List<ReadModel> models) {
        this.mongo = mongo;
        this.models = models;
    }

    /** The code's version of every read model, by name. */
    public Map<String, Integer> ofTheCode() {
        Map<String, Integer> versions = new TreeMap<>();
        models.forEach(model -> versions.put(name(model), model.version()));
        return versions;
    }

    /** The versions that computed the live generation, by name; 1 where none was recorded. */
    public Map<String, Integer> ofTheLiveGeneration() {
        Document stored = mongo.findById(ID, Document.class, Generations.COLLECTION);
        Document recorded = stored == null ? new Document() : stored.get("models", new Document());
        Map<String, Integer> versions = new TreeMap<>();
        models.forEach(model -> versions.put(name(model), recorded.get(name(model), 1)));
        return versions;
    }

    /** The read models whose code computes more than the live generation holds. */
    public List<String> outdated() {
        Map<String, Integer> live = ofTheLiveGeneration();
        return ofTheCode().entrySet().stream().filter(code -> code.getValue() > live.get(code.getKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** The generation rebuilt by this code went live: its versions are the code's. */
    void recordBuilt(Generation generation) {
        mongo.upsert(query(where("_id").is(ID)), new Update().set("generation", generation.number())
                .set("models", new Document(new java.util.HashMap<String, Object>(ofTheCode()))), Generations.COLLECTION);
    }

    /**
     * A service that never recorded versions, and whose live generation holds nothing yet, computes
     * everything with this code from the start: its versions are the code's.
     */
    void recordWhenNothingComputed(Generation live) {
        if (mongo.findById(ID, Document.class, Generations.COLLECTION) == null && models.stream()
                .flatMap(model -> model.collections().stream())
                .allMatch(base -> mongo.estimatedCount(live.collection(base)) == 0)) {
            recordBuilt(live);
        }
    }

    /** Records {@code version} as the live generation's for the model named (what a previous code left). */
    public void recordLive(String model, int version) {
        mongo.upsert(query(where("_id").is(ID)), new Update().set("models." + model, version), Generations.COLLECTION);
    }

    private static String name(ReadModel model) {
        return model.collections().get(0);
    }
}
