package io.complaints.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.complaints.platform.Actor;
import io.complaints.platform.Role;
import io.complaints.platform.RulesViolatedException;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves the {@link Actor} of a request from its headers, refusing malformed ones. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    public static final String ACTOR_ID = "X-Actor-Id";
    public static final String ACTOR_UNIT = "X-Actor-Unit";
    public static final String ACTOR_ROLE = "X-Actor-Role";
    public static final String ACTOR_DEPARTMENT = "X-Actor-Department";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest request, WebDataBinderFactory binderFactory) {
        String id = request.getHeader(ACTOR_ID);
        String unit = request.getHeader(ACTOR_UNIT);
        if (id == null && unit == null) {
            return new Actor("anonymous", "HQ");
        }
        if (id == null || !Actor.ID.matcher(id).matches()) {
            throw RulesViolatedException.ofField(ACTOR_ID, "Pattern", "must be 1-64 letters, digits or . _ @ -");
        }
        if (unit == null || !Actor.UNIT.matcher(unit).matches()) {
            throw RulesViolatedException.ofField(ACTOR_UNIT, "Pattern", "must be a unit code (capitals, digits, -)");
        }
        return new Actor(id, unit, role(request.getHeader(ACTOR_ROLE)), department(request.getHeader(ACTOR_DEPARTMENT)));
    }

    private static Role role(String role) {
        if (role == null) {
            return null;
        }
        return Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM && r.name().equals(role)).findFirst()
                .orElseThrow(() -> RulesViolatedException.ofField(ACTOR_ROLE, "enum", "must be one of: "
                        + Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM).map(Role::name)
                                .collect(Collectors.joining(", "))));
    }

    private static String department(String department) {
        if (department != null && !Actor.DEPARTMENT.matcher(department).matches()) {
            throw RulesViolatedException.ofField(ACTOR_DEPARTMENT, "Pattern",
                    "must be a department code: 1-64 letters, digits or . _ -");
        }
        return department;
    }
}
