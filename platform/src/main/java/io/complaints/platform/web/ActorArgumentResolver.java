package io.complaints.platform.web;

import io.complaints.platform.Actor;
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
        return new Actor(id, unit);
    }
}
