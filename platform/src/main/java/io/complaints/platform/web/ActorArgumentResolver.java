package io.complaints.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import io.complaints.platform.Actor;
import io.complaints.platform.security.ActorAuthentication;
import io.complaints.platform.security.NotSignedInException;

/** The {@link Actor} of a request: the one its validated access token names, and no other. */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest request, WebDataBinderFactory binderFactory) {
        return current();
    }

    /** The signed-in actor of the current request; {@link NotSignedInException} when there is none. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ActorAuthentication signedIn) {
            return signedIn.getPrincipal();
        }
        throw new NotSignedInException();
    }
}
