package io.complaints.intake.evidence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The evidence files' bytes and facts in PostgreSQL (table {@code evidence_file}), and where complaints belong. */
@Component
class EvidenceStore {

    private static final String FACTS =
            "id, file_name, content_type, size, sha256, uploaded_at, uploaded_by, uploader_unit";

    private final JdbcTemplate jdbc;

    EvidenceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A file as downloaded. */
    record StoredFile(EvidenceItem item, byte[] bytes) {
    }

    void insert(String complaintId, EvidenceItem item, byte[] bytes) {
        jdbc.update("INSERT INTO evidence_file (complaint_id, " + FACTS + ", bytes) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                complaintId, UUID.fromString(item.evidenceId()), item.fileName(), item.contentType(), item.size(),
                item.sha256(), Timestamp.from(item.uploadedAt()), item.uploadedBy(), item.uploaderUnit(), bytes);
    }

    List<EvidenceItem> list(String complaintId) {
        return jdbc.query("SELECT " + FACTS + " FROM evidence_file WHERE complaint_id = ? ORDER BY uploaded_at, id",
                (row, i) -> item(row), complaintId);
    }

    Optional<StoredFile> find(String complaintId, UUID evidenceId) {
        return jdbc.query("SELECT " + FACTS + ", bytes FROM evidence_file WHERE complaint_id = ? AND id = ?",
                (row, i) -> new StoredFile(item(row), row.getBytes("bytes")), complaintId, evidenceId)
                .stream().findFirst();
    }

    /** The units a complaint belongs to, from headquarters down; empty when no complaint has this id. */
    Optional<List<String>> unitPathOf(String complaintId) {
        return jdbc.query("SELECT unit_path FROM complaint_register WHERE complaint_id = ?",
                (row, i) -> strings(row.getArray(1)), complaintId).stream().findFirst();
    }

    private static EvidenceItem item(ResultSet row) throws SQLException {
        return new EvidenceItem(row.getString("id"), row.getString("file_name"), row.getString("content_type"),
                row.getLong("size"), row.getString("sha256"), row.getTimestamp("uploaded_at").toInstant(),
                row.getString("uploaded_by"), row.getString("uploader_unit"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
