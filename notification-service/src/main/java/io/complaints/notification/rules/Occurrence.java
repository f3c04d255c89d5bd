package io.complaints.notification.rules;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.complaints.events.ComplainantRef;
import io.complaints.events.EscalationReason;
import io.complaints.events.TimeLimit;
import io.complaints.events.UnitRef;

/**
 * An event as the rules see it: what happened to which complaint, where, and the facts a rule's
 * conditions and recipients ask about. Facts the event does not carry are null.
 *
 * @param eventType          the event record's name, e.g. {@code ComplaintReceived}, {@code Escalated}
 * @param unit               the unit the complaint is with; for an escalation, the unit it left
 * @param level              the complaint's level as known (triaged, or as received)
 * @param priority           handled with priority (intake's events only)
 * @param target             where an escalation or takeover took the case
 * @param owner              who owns the time limit of a reminder or a missed deadline
 * @param excludedDepartment a department whose people are not to be told (the responsible one, for a callback)
 * @param complainant        the complainant's reference and consent (intake's ComplaintReceived only)
 * @param details            further facts a message may show, e.g. {@code remedyNumber}; never personal data
 */
public record Occurrence(
        String eventId,
        String eventType,
        Instant time,
        String complaintId,
        String registrationNumber,
        UnitRef unit,
        Integer level,
        Boolean priority,
        UnitRef target,
        EscalationReason reason,
        TimeLimit limit,
        Boolean approvalRequired,
        Owner owner,
        String excludedDepartment,
        ComplainantRef complainant,
        Map<String, String> details) {

    public Occurrence {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public static Builder of(String eventId, String eventType, Instant time, String complaintId) {
        return new Builder(eventId, eventType, time, complaintId);
    }

    /**
     * What a message about it may show: the registration number, level, units, reason, time limit and
     * the details. Nothing personal.
     */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "complaintId", complaintId);
        put(fields, "registrationNumber", registrationNumber);
        put(fields, "eventType", eventType);
        put(fields, "level", level);
        put(fields, "unit", unit == null ? null : unit.code());
        put(fields, "targetUnit", target == null ? null : target.code());
        put(fields, "reason", reason);
        put(fields, "limit", limit);
        put(fields, "department", owner == null ? null : owner.department());
        fields.putAll(details);
        return fields;
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value.toString());
        }
    }

    /** Builds an occurrence fact by fact. */
    public static final class Builder {
        private final String eventId;
        private final String eventType;
        private final Instant time;
        private final String complaintId;
        private String registrationNumber;
        private UnitRef unit;
        private Integer level;
        private Boolean priority;
        private UnitRef target;
        private EscalationReason reason;
        private TimeLimit limit;
        private Boolean approvalRequired;
        private Owner owner;
        private String excludedDepartment;
        private ComplainantRef complainant;
        private final Map<String, String> details = new LinkedHashMap<>();

        private Builder(String eventId, String eventType, Instant time, String complaintId) {
            this.eventId = eventId;
            this.eventType = eventType;
            this.time = time;
            this.complaintId = complaintId;
        }

        public Builder registrationNumber(String value) { registrationNumber = value; return this; }
        public Builder unit(UnitRef value) { unit = value; return this; }
        public Builder level(Integer value) { level = value; return this; }
        public Builder priority(Boolean value) { priority = value; return this; }
        public Builder target(UnitRef value) { target = value; return this; }
        public Builder reason(EscalationReason value) { reason = value; return this; }
        public Builder limit(TimeLimit value) { limit = value; return this; }
        public Builder approvalRequired(Boolean value) { approvalRequired = value; return this; }
        public Builder owner(Owner value) { owner = value; return this; }
        public Builder excludedDepartment(String value) { excludedDepartment = value; return this; }
        public Builder complainant(ComplainantRef value) { complainant = value; return this; }
        public Builder detail(String name, Object value) {
            if (value != null) {
                details.put(name, value.toString());
            }
            return this;
        }

        public Occurrence build() {
            return new Occurrence(eventId, eventType, time, complaintId, registrationNumber, unit, level, priority, target,
                    reason, limit, approvalRequired, owner, excludedDepartment, complainant, details);
        }
    }
}
