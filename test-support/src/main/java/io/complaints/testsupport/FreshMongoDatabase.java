package io.complaints.testsupport;

import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** A new, empty MongoDB database on the shared server, for one test. */
public final class FreshMongoDatabase implements AutoCloseable {

    private final MongoClient client;
    private final MongoTemplate template;

    public FreshMongoDatabase(String prefix) {
        String database = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        client = MongoClients.create(Infrastructure.shared().mongoUri(database));
        template = new MongoTemplate(client, database);
    }

    public MongoTemplate template() {
        return template;
    }

    @Override
    public void close() {
        client.close();
    }
}
