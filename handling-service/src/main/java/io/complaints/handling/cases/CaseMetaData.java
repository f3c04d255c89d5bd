package io.complaints.handling.cases;

import java.util.HashMap;
import java.util.Map;

import org.axonframework.messaging.MetaData;

import io.complaints.platform.Actor;
import io.complaints.platform.Role;

/** Who caused a case's event, from which unit, in which role, and why: kept with every event. */
public final class CaseMetaData {

    public static final String ACTOR_ID = "actorId";
    public static final String ACTOR_UNIT = "actorUnit";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_DEPARTMENT = "actorDepartment";
    public static final String REASON = "reason";

    private CaseMetaData() {
    }

    static MetaData of(Actor actor, String reason) {
        Map<String, String> values = new HashMap<>();
        values.put(ACTOR_ID, actor.id());
        values.put(ACTOR_UNIT, actor.unit());
        if (actor.role() != null) {
            values.put(ACTOR_ROLE, actor.role().name());
        }
        if (actor.department() != null) {
            values.put(ACTOR_DEPARTMENT, actor.department());
        }
        if (reason != null) {
            values.put(REASON, reason);
        }
        return MetaData.from(values);
    }

    /** The actor an event's metadata names; the system of HQ for events stored without one. */
    public static Actor actor(MetaData metaData) {
        Object id = metaData.get(ACTOR_ID);
        Object unit = metaData.get(ACTOR_UNIT);
        if (id == null || unit == null) {
            return Actor.SYSTEM;
        }
        Object role = metaData.get(ACTOR_ROLE);
        return new Actor(id.toString(), unit.toString(), role == null ? null : Role.valueOf(role.toString()),
                (String) metaData.get(ACTOR_DEPARTMENT));
    }
}
