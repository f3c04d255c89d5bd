package io.complaints.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.platform.RuleViolation;
import io.complaints.platform.web.ProblemDetailsAdvice;

/**
 * problem+json for the refusals of sign-in: 401 (no token, or a token that is expired, of another
 * issuer or audience, or badly signed) with the {@code WWW-Authenticate} challenge of RFC 6750, and
 * 403 when the caller's roles do not allow the endpoint, and 400 for an address the firewall refuses.
 */
public final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    public static final URI UNAUTHENTICATED = URI.create("urn:complaints:problem:unauthenticated");

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final ObjectMapper json;

    public SecurityProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        challenge.commence(request, response, failure); // status and WWW-Authenticate
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "A valid access token is required: " + reason(failure));
        problem.setType(UNAUTHENTICATED);
        problem.setTitle("Sign-in required");
        write(response, HttpStatus.UNAUTHORIZED, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String message = "the caller's roles do not allow this";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message);
        problem.setType(ProblemDetailsAdvice.NOT_PERMITTED);
        problem.setTitle("The actor may not do this");
        problem.setProperty("errors", List.of(new RuleViolation(null, "role", message)));
        write(response, HttpStatus.FORBIDDEN, problem);
    }

    /** A request the firewall refuses before anything reads it (e.g. an encoded {@code ;} or {@code //} in the path). */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        String message = "the request's address is malformed (characters or sequences no address here uses)";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setType(ProblemDetailsAdvice.INVALID_REQUEST);
        problem.setTitle("The request is invalid");
        problem.setProperty("errors", List.of(new RuleViolation("$path", "malformed-path", message)));
        write(response, HttpStatus.BAD_REQUEST, problem);
    }

    private void write(HttpServletResponse response, HttpStatus status, ProblemDetail problem) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    private static String reason(AuthenticationException failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? "none was given" : message;
    }
}
