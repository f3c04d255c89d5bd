package io.complaints.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.bson.Document;

import com.mongodb.client.MongoDatabase;

/** {@link StoreSearch} in a MongoDB database (apart, as the driver is optional here). */
public final class MongoSearch {

    private MongoSearch() {
    }

    /** Where in the database's collections (every document as JSON) any value occurs. */
    public static List<String> inMongo(MongoDatabase database, Collection<String> values) {
        List<String> found = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                String json = document.toJson();
                values.stream().filter(json::contains)
                        .forEach(value -> found.add(collection + " " + document.get("_id") + " holds " + value));
            }
        }
        return found;
    }

}
