package io.complaints.intake.register;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.intake.complaint.ComplainantErased;
import io.complaints.intake.complaint.ComplaintAmended;
import io.complaints.intake.complaint.ComplaintRegistered;
import io.complaints.intake.complaint.ComplaintWithdrawn;

/**
 * Keeps the register of complaints from intake's events. A subscribing processor: the row changes
 * in the transaction that stores the event, so a complaint can be read as soon as it is registered.
 */
@Component
@ProcessingGroup(ComplaintRegister.PROCESSING_GROUP)
class ComplaintRegister {

    static final String PROCESSING_GROUP = "complaint-register";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ComplaintRegister(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ComplaintRegistered registered) {
        ComplaintView view = ComplaintViews.registered(registered);
        jdbc.update("""
                INSERT INTO complaint_register (complaint_id, registration_number, unit_code, unit_path, channel,
                    category, level, priority, status, received_at, complainant_reference, view)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
                ON CONFLICT (complaint_id) DO NOTHING""",
                view.complaintId(), view.registrationNumber(), view.unitCode(), textArray(view.unitPath()),
                view.channel().name(), view.category().name(), view.level(), view.priority(), view.status().name(),
                Timestamp.from(view.receivedAt()), registered.complainantReference(), write(view));
    }

    @EventHandler
    void on(ComplaintAmended amended) {
        find(amended.complaintId()).ifPresent(before -> save(ComplaintViews.amended(before, amended)));
    }

    @EventHandler
    void on(ComplaintWithdrawn withdrawn) {
        find(withdrawn.complaintId()).ifPresent(before -> save(ComplaintViews.withdrawn(before, withdrawn)));
    }

    @EventHandler
    void on(ComplainantErased erased) {
        find(erased.complaintId()).ifPresent(before -> save(ComplaintViews.erased(before, ComplaintViews.erasure(erased))));
    }

    Optional<ComplaintView> find(String complaintId) {
        return jdbc.query("SELECT view FROM complaint_register WHERE complaint_id = ?",
                (row, i) -> read(row.getString(1)), complaintId).stream().findFirst();
    }

    private void save(ComplaintView view) {
        jdbc.update("""
                UPDATE complaint_register SET channel = ?, category = ?, level = ?, priority = ?, status = ?,
                    view = ?::jsonb WHERE complaint_id = ?""",
                view.channel().name(), view.category().name(), view.level(), view.priority(), view.status().name(),
                write(view), view.complaintId());
    }

    private Array textArray(List<String> values) {
        return jdbc.execute((java.sql.Connection c) -> c.createArrayOf("varchar", values.toArray()));
    }

    private String write(ComplaintView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the view of " + view.complaintId(), e);
        }
    }

    ComplaintView read(String view) {
        try {
            return json.readValue(view, ComplaintView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable complaint view", e);
        }
    }
}
