package io.complaints.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What the event stores of the local system hold, for {@code bin/chaos}: registrations in intake's,
 * cases opened and deadlines missed in handling's. A new connection per question, so that a
 * PostgreSQL restarted meanwhile answers the next one; an unreachable store answers as empty.
 */
final class Reconciliation implements AutoCloseable {

    private final String server;

    Reconciliation(String jdbcServer) {
        this.server = jdbcServer;
    }

    /** Complaint id → how many ComplaintRegistered events intake stored for it. */
    Map<String, Integer> complaintsRegistered() {
        return countByAggregate("intake", "SELECT aggregateIdentifier, COUNT(*) FROM domainevententry "
                + "WHERE payloadType LIKE '%.ComplaintRegistered' GROUP BY aggregateIdentifier");
    }

    /** Case (= complaint) id → how many CaseOpened events handling stored for it. */
    Map<String, Integer> casesOpened() {
        return countByAggregate("handling", "SELECT aggregateIdentifier, COUNT(*) FROM domainevententry "
                + "WHERE payloadType LIKE '%.CaseOpened' GROUP BY aggregateIdentifier");
    }

    boolean caseOpened(String complaintId) {
        return complaintId != null && !countByAggregate("handling", "SELECT aggregateIdentifier, COUNT(*) FROM "
                + "domainevententry WHERE payloadType LIKE '%.CaseOpened' AND aggregateIdentifier = '"
                + complaintId.replaceAll("[^0-9a-fA-F-]", "") + "' GROUP BY aggregateIdentifier").isEmpty();
    }

    /** {@code <complaint id>|<time limit>|<due>} → how often handling recorded that deadline missed. */
    Map<String, Integer> deadlinesMissed() {
        return countByAggregate("handling", "SELECT aggregateIdentifier || '|' || "
                + "(convert_from(payload, 'UTF8')::jsonb #>> '{deadline,limit}') || '|' || "
                + "(convert_from(payload, 'UTF8')::jsonb #>> '{deadline,due}'), COUNT(*) FROM domainevententry "
                + "WHERE payloadType LIKE '%.DeadlineMissed' GROUP BY 1");
    }

    private Map<String, Integer> countByAggregate(String database, String sql) {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(server + "/" + database, "postgres", "postgres");
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        } catch (SQLException unavailable) {
            return Map.of();
        }
        return counts;
    }

    @Override
    public void close() {
        // nothing held between questions
    }
}
