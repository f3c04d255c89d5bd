package io.complaints.notification.infrastructure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.bulk.BulkWriteError;

/** Inserts several documents in one round trip, each unless a document of its id is there already. */
public final class MongoInserts {

    private static final int DUPLICATE_KEY = 11000;

    private MongoInserts() {
    }

    /** Inserts those of {@code documents} whose id is new; returns them, in their order. */
    public static <T> List<T> insertIfAbsent(MongoTemplate mongo, Class<T> type, List<T> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            mongo.bulkOps(BulkMode.UNORDERED, type).insert(documents).execute();
            return documents;
        } catch (BulkOperationException partly) {
            Set<Integer> duplicates = new HashSet<>();
            for (BulkWriteError error : partly.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw partly;
                }
                duplicates.add(error.getIndex());
            }
            List<T> inserted = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (!duplicates.contains(i)) {
                    inserted.add(documents.get(i));
                }
            }
            return inserted;
        }
    }
}
