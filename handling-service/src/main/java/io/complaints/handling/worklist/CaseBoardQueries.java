package io.complaints.handling.worklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.events.TimeLimit;
import io.complaints.events.CaseStatus;
import io.complaints.platform.Actor;
import io.complaints.platform.organisation.UnitDirectory;

/** Reads the case board: one case, or a work list, always within the units the reader may see. */
@Component
public class CaseBoardQueries {

    private static final TypeReference<Map<TimeLimit, Instant>> DEADLINES = new TypeReference<>() {
    };

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final UnitDirectory units;

    CaseBoardQueries(NamedParameterJdbcTemplate jdbc, ObjectMapper json, Clock clock, UnitDirectory units) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.units = units;
    }

    /** The case, if it is one of a unit the reader belongs to or is above (HQ: any). */
    public Optional<CaseView> find(String caseId, Actor reader) {
        return jdbc.query("SELECT * FROM case_board WHERE case_id = :caseId AND unit_path LIKE :readerUnit",
                new MapSqlParameterSource("caseId", caseId).addValue("readerUnit", visibleTo(reader)),
                this::view).stream().findFirst();
    }

    /**
     * A page of the list, priority cases first (优先处理), then the soonest due, of the given unit's cases
     * (the reader's own unit when none is given), never beyond the reader's units.
     */
    public CasePage list(Worklist list, Actor reader, String unit, int page, int size) {
        var parameters = new MapSqlParameterSource()
                .addValue("actorId", reader.id())
                .addValue("actorDepartment", reader.department())
                .addValue("now", Timestamp.from(clock.instant()))
                .addValue("readerUnit", visibleTo(reader))
                .addValue("unit", unit == null || units.isTop(unit) ? visibleTo(reader) : onPath(unit))
                .addValue("limit", size)
                .addValue("offset", (long) page * size);
        String where = " WHERE unit_path LIKE :readerUnit AND unit_path LIKE :unit AND " + list.condition;
        Long total = jdbc.queryForObject("SELECT count(*) FROM case_board" + where, parameters, Long.class);
        List<CaseView> cases = jdbc.query("SELECT * FROM case_board" + where
                + " ORDER BY priority DESC, next_due ASC NULLS LAST, opened_at ASC, case_id LIMIT :limit OFFSET :offset",
                parameters, this::view);
        return new CasePage(cases, page, size, total == null ? 0 : total);
    }

    /** The reader's own unit on the case's path; headquarters sees every case, of any unit. */
    private String visibleTo(Actor reader) {
        return units.isTop(reader.unit()) ? "%" : onPath(reader.unit());
    }

    private static String onPath(String unit) {
        return "%/" + unit.replace("%", "").replace("_", "\\_") + "/%";
    }

    private CaseView view(ResultSet rs, int row) throws SQLException {
        String path = rs.getString("unit_path");
        return new CaseView(rs.getString("case_id"), rs.getString("registration_number"), rs.getString("unit_code"),
                Arrays.asList(path.substring(1, path.length() - 1).split("/")), rs.getString("holder_unit"),
                rs.getInt("level"), rs.getBoolean("priority"), CaseStatus.valueOf(rs.getString("status")),
                rs.getString("responsible_department"), rs.getString("handler_id"), rs.getInt("remedy_number"),
                rs.getBoolean("paused"), rs.getBoolean("escalations_open"), rs.getInt("deadlines_missed"),
                deadlines(rs.getString("deadlines")), instant(rs, "next_due"), instant(rs, "opened_at"),
                instant(rs, "updated_at"), instant(rs, "closed_at"), rs.getString("outcome"),
                rs.getString("satisfaction"));
    }

    private Map<TimeLimit, Instant> deadlines(String stored) {
        try {
            return json.readValue(stored, DEADLINES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable deadlines on the case board", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
