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

import io.complaints.intake.complaint.Complainant;
import io.complaints.intake.complaint.ComplainedAbout;
import io.complaints.intake.complaint.ComplaintAmended;
import io.complaints.intake.complaint.ComplaintDetails;
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
        ComplaintDetails d = registered.details();
        var view = new ComplaintView(registered.complaintId(), registered.registrationNumber(), registered.unitCode(),
                registered.unitPath(), ComplaintView.Status.REGISTERED, d.channel(), d.category(), d.level(),
                !d.prioritySources().isEmpty(), d.prioritySources().stream().sorted().toList(), d.description(),
                d.demand(), d.occurredAt(), about(d.complainedAbout()), d.groupSize(), registered.resolvedAtIntake(),
                registered.repeatOf() == null ? null : new ComplaintView.LinkView(registered.repeatOf().complaintId(),
                        registered.repeatOf().registrationNumber()),
                complainant(registered.complainantReference(), registered.complainant()), registered.receivedAt(),
                registered.actor().id(), 0, null, null);
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
        find(amended.complaintId()).ifPresent(before -> {
            ComplaintDetails d = amended.details();
            var view = new ComplaintView(before.complaintId(), before.registrationNumber(), before.unitCode(),
                    before.unitPath(), before.status(), d.channel(), d.category(), d.level(),
                    !d.prioritySources().isEmpty(), d.prioritySources().stream().sorted().toList(), d.description(),
                    d.demand(), d.occurredAt(), about(d.complainedAbout()), d.groupSize(), before.resolvedAtIntake(),
                    before.repeatOf(), complainant(amended.complainantReference(), amended.complainant()),
                    before.receivedAt(), before.receivedBy(), before.amendments() + 1, amended.amendedAt(),
                    before.withdrawal());
            save(view);
        });
    }

    @EventHandler
    void on(ComplaintWithdrawn withdrawn) {
        find(withdrawn.complaintId()).ifPresent(before -> save(new ComplaintView(before.complaintId(),
                before.registrationNumber(), before.unitCode(), before.unitPath(), ComplaintView.Status.WITHDRAWN,
                before.channel(), before.category(), before.level(), before.priority(), before.prioritySources(),
                before.description(), before.demand(), before.occurredAt(), before.complainedAbout(), before.groupSize(),
                before.resolvedAtIntake(), before.repeatOf(), before.complainant(), before.receivedAt(),
                before.receivedBy(), before.amendments(), before.lastAmendedAt(),
                new ComplaintView.WithdrawalView(withdrawn.reason(), withdrawn.withdrawnAt(), withdrawn.actor().id()))));
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

    private static ComplaintView.ComplainedAboutView about(ComplainedAbout about) {
        return about == null ? null : new ComplaintView.ComplainedAboutView(about.unitCode(), about.department(),
                about.person(), about.productOrService());
    }

    private static ComplaintView.ComplainantView complainant(String reference, Complainant complainant) {
        Complainant.Masked masked = complainant.masked();
        return new ComplaintView.ComplainantView(reference, masked.name(), masked.phone(), masked.email(),
                complainant.contactConsent());
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
