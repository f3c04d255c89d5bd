package io.complaints.intake.register;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.complaints.events.Category;
import io.complaints.events.Channel;

/** Questions asked of the register; every list is scoped to a unit and everything below it. */
@Component
class RegisterQueries {

    private final JdbcTemplate jdbc;
    private final ComplaintRegister register;

    RegisterQueries(JdbcTemplate jdbc, ComplaintRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    Optional<ComplaintView> byId(String complaintId) {
        return register.find(complaintId);
    }

    Optional<ComplaintView> byRegistrationNumber(String registrationNumber) {
        return jdbc.query("SELECT view FROM complaint_register WHERE registration_number = ?",
                (row, i) -> register.read(row.getString(1)), registrationNumber).stream().findFirst();
    }

    /** The filter of a list; null parts do not filter. */
    record Filter(String unit, ComplaintView.Status status, Integer level, Channel channel, Category category,
                  Boolean priority, Instant from, Instant to) {
    }

    ComplaintPage list(Filter filter, int page, int size) {
        List<Object> arguments = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE ? = ANY(unit_path)");
        arguments.add(filter.unit());
        and(where, arguments, "status = ?", filter.status() == null ? null : filter.status().name());
        and(where, arguments, "level = ?", filter.level());
        and(where, arguments, "channel = ?", filter.channel() == null ? null : filter.channel().name());
        and(where, arguments, "category = ?", filter.category() == null ? null : filter.category().name());
        and(where, arguments, "priority = ?", filter.priority());
        and(where, arguments, "received_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()));
        and(where, arguments, "received_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));

        Long total = jdbc.queryForObject("SELECT count(*) FROM complaint_register" + where, Long.class,
                arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(size);
        paged.add((long) page * size);
        List<ComplaintView> items = jdbc.query("SELECT view FROM complaint_register" + where
                        + " ORDER BY received_at DESC, complaint_id LIMIT ? OFFSET ?",
                (row, i) -> register.read(row.getString(1)), paged.toArray());
        return new ComplaintPage(items, page, size, total == null ? 0 : total);
    }

    private static void and(StringBuilder where, List<Object> arguments, String condition, Object value) {
        if (value != null) {
            where.append(" AND ").append(condition);
            arguments.add(value);
        }
    }
}
