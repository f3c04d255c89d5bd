package io.complaints.intake.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

import io.complaints.intake.complaint.ComplainantErased;
import io.complaints.intake.personaldata.PersonalData;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.limits.TooManyRequestsException;

/**
 * The tracking code that, with the registration number, opens a complaint in the portal: 160 random
 * bits given once on submission, kept only as a keyed hash, compared in constant time. Wrong codes are
 * counted per registration number and per caller address; after {@code wrongCodes} of them within
 * {@code lockout} either is locked out for {@code lockout} (429). An unknown number and a wrong code get
 * the same answer, and cost the same work.
 */
@Component
@ProcessingGroup(PersonalData.ERASURE)
class TrackingCodes {

    private final JdbcTemplate jdbc;
    private final PortalCrypto crypto;
    private final PortalProperties properties;
    private final Clock clock;

    TrackingCodes(JdbcTemplate jdbc, PortalCrypto crypto, PortalProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.crypto = crypto;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new complaint's code, in the registration's transaction. */
    String issue(String complaintId, String registrationNumber, String complainantReference, String unitCode) {
        String code = crypto.trackingCode();
        jdbc.update("insert into portal_tracking_code (complaint_id, registration_number, code_hash, complainant_ref, "
                        + "unit_code) values (?, ?, ?, ?, ?)",
                complaintId, registrationNumber, codeHash(registrationNumber, PortalCrypto.normalised(code)),
                complainantReference, unitCode);
        return code;
    }

    /** The complaint a session is for, as the portal acts on it; empty for one filed elsewhere. */
    Optional<OpenedComplaint> opened(String complaintId) {
        return jdbc.query("select complaint_id, registration_number, complainant_ref, unit_code "
                        + "from portal_tracking_code where complaint_id = ?",
                (row, n) -> new OpenedComplaint(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
                complaintId).stream().findFirst();
    }

    /** A complaint the portal opened: its ids, and whom and where the portal acts as for it. */
    record OpenedComplaint(String complaintId, String registrationNumber, String complainantReference,
                           String unitCode) {
    }

    /** An erased complainant's complaint no longer opens in the portal: its code, and so its sessions, end. */
    @EventHandler
    void on(ComplainantErased erased) {
        jdbc.update("delete from portal_tracking_code where complaint_id = ?", erased.complaintId());
    }

    /** The complaint the number and code open; refused alike for an unknown number and a wrong code. */
    @Transactional(noRollbackFor = RulesViolatedException.class)
    String open(String registrationNumber, String code, String callerAddress) {
        String number = registrationNumber == null ? "" : registrationNumber.strip();
        List<String> keys = List.of("number:" + crypto.hash("number", number),
                "address:" + crypto.hash("address", callerAddress));
        keys.forEach(this::refuseIfLocked);
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select complaint_id, code_hash from portal_tracking_code where registration_number = ?", number);
        String given = codeHash(number, PortalCrypto.normalised(code));
        String stored = rows.isEmpty() ? crypto.hash("no such complaint", number) : (String) rows.getFirst().get("code_hash");
        if (PortalCrypto.same(stored, given) && !rows.isEmpty()) {
            jdbc.update("delete from portal_lockout where lock_key = ?", keys.getFirst());
            return (String) rows.getFirst().get("complaint_id");
        }
        keys.forEach(this::countWrong);
        throw RulesViolatedException.ofField("trackingCode", "number-and-code",
                "the registration number and the tracking code do not open a complaint");
    }

    private String codeHash(String registrationNumber, String code) {
        return crypto.hash("tracking-code", registrationNumber, code);
    }

    private void refuseIfLocked(String key) {
        Optional<Instant> until = jdbc.queryForList("select locked_until from portal_lockout where lock_key = ?",
                        Timestamp.class, key).stream().filter(java.util.Objects::nonNull).map(Timestamp::toInstant)
                .findFirst();
        Instant now = clock.instant();
        if (until.isPresent() && until.get().isAfter(now)) {
            throw new TooManyRequestsException("too many wrong codes; try again later", Duration.between(now, until.get()));
        }
    }

    private void countWrong(String key) {
        Instant now = clock.instant();
        Timestamp windowStartsAfter = Timestamp.from(now.minus(properties.lockout()));
        Integer failures = jdbc.queryForObject("""
                insert into portal_lockout (lock_key, failures, window_start) values (?, 1, ?)
                on conflict (lock_key) do update set
                    failures = case when portal_lockout.window_start < ? then 1 else portal_lockout.failures + 1 end,
                    window_start = case when portal_lockout.window_start < ? then excluded.window_start
                                        else portal_lockout.window_start end
                returning failures""", Integer.class, key, Timestamp.from(now), windowStartsAfter, windowStartsAfter);
        if (failures != null && failures >= properties.wrongCodes()) {
            jdbc.update("update portal_lockout set locked_until = ?, failures = 0, window_start = ? where lock_key = ?",
                    Timestamp.from(now.plus(properties.lockout())), Timestamp.from(now), key);
        }
    }
}
