package io.complaints.handling.cases;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
        if (!actor.roles().isEmpty()) {
            values.put(ACTOR_ROLE, rolesOf(actor));
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
        Object roles = metaData.get(ACTOR_ROLE);
        Set<Role> held = roles == null ? Set.of() : Arrays.stream(roles.toString().split(","))
                .map(Role::valueOf).collect(Collectors.toSet());
        return new Actor(id.toString(), unit.toString(), held, (String) metaData.get(ACTOR_DEPARTMENT));
    }

    /** The actor's roles as kept with an event: their names, comma-separated, in a stable order. */
    public static String rolesOf(Actor actor) {
        return actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
