package io.complaints.analytics.export;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;

/**
 * A large ledger written straight into its collection, in bulk, as {@code Ledger} would have left
 * it after whole stories: every row closed, escalated, reopened, with every milestone.
 */
final class LargeLedger {

    static final Instant FIRST_RECEIVED = Instant.parse("2026-10-31T17:00:00Z");
    private static final int BULK = 5_000;
    private static final List<String> CHANNELS = List.of("HOTLINE", "PHONE", "WEBSITE", "GOVERNMENT_HOTLINE");
    private static final List<String> CATEGORIES = List.of("BILLING", "SERVICE_QUALITY", "DELIVERY", "SAFETY");

    private LargeLedger() {
    }

    /** Writes {@code rows} rows of unit SH-PD received in November 2026; answers their size as BSON. */
    static long insert(MongoTemplate mongo, String collection, int rows) {
        MongoCollection<Document> ledger = mongo.getCollection(collection);
        List<Document> bulk = new ArrayList<>(BULK);
        long bytes = 0;
        for (int i = 0; i < rows; i++) {
            Document row = row(i);
            bytes += new RawBsonDocument(row, new DocumentCodec()).getByteBuffer().remaining();
            bulk.add(row);
            if (bulk.size() == BULK || i == rows - 1) {
                ledger.insertMany(bulk, new InsertManyOptions().ordered(false));
                bulk = new ArrayList<>(BULK);
            }
        }
        return bytes;
    }

    private static Document row(int i) {
        String id = "c-%06d".formatted(i);
        Instant received = FIRST_RECEIVED.plusSeconds(i * 20L);
        Instant escalated = received.plus(Duration.ofMinutes(30));
        return new Document("_id", id)
                .append("registrationNumber", "SH-PD-2026110%06d".formatted(i))
                .append("unitCode", "SH-PD").append("unitPath", List.of("HQ", "SH", "SH-PD"))
                .append("month", "2026-11").append("receivedAt", date(received))
                .append("channel", CHANNELS.get(i % CHANNELS.size()))
                .append("category", CATEGORIES.get(i % CATEGORIES.size()))
                .append("intakeLevel", 2).append("triagedLevel", 1 + i % 4)
                .append("priority", i % 7 == 0).append("prioritySources", List.of()).append("repeat", false)
                .append("groupSize", 1).append("resolvedAtIntake", false)
                .append("caseStatus", "CLOSED").append("responsibleDepartment", "billing")
                .append("handlerId", "handler." + i % 50).append("holderUnit", "SH")
                .append("escalationLevel", 2).append("escalationReason", "LEVEL_2_AT_TRIAGE")
                .append("escalationsOpen", false).append("escalations", List.of("e-" + id))
                .append("reopenings", List.of("r-" + id)).append("declines", List.of("d-" + id))
                .append("deemedApprovals", List.of()).append("callbacks", Map.of("cb-" + id, "SATISFIED"))
                .append("satisfaction", "SATISFIED").append("outcome", "RESOLVED").append("causeCode", "METER-READING")
                .append("met", Map.of("SETTLE", true)).append("missed", Map.of("CALLBACK", true))
                .append("caseOpenedAt", date(received.plusSeconds(1)))
                .append("triagedAt", date(received.plusSeconds(600)))
                .append("contactedAt", date(received.plusSeconds(1800)))
                .append("findingsAt", date(received.plusSeconds(3000)))
                .append("remedyProposedAt", date(received.plusSeconds(3600)))
                .append("remedyApprovedAt", date(received.plusSeconds(4200)))
                .append("remedyAcceptedAt", date(received.plusSeconds(7800)))
                .append("remedyExecutedAt", date(received.plusSeconds(9000)))
                .append("callbackInstructedAt", date(received.plusSeconds(9600)))
                .append("firstCallbackAt", date(received.plus(Duration.ofDays(3))))
                .append("firstEscalatedAt", date(escalated)).append("lastEscalatedAt", date(escalated))
                .append("closedAt", date(received.plus(Duration.ofDays(4))))
                .append("visibleAt", date(received)).append("firstEventAt", date(received))
                .append("lastEventAt", date(received.plus(Duration.ofDays(4))))
                .append("caseSequence", 29L).append("intakeSequence", 0L);
    }

    private static Date date(Instant at) {
        return Date.from(at);
    }
}
