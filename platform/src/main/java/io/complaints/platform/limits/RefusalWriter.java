package io.complaints.platform.limits;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

/** problem+json for the refusals of the limits, written by filters as well as by the exception advice. */
public final class RefusalWriter {

    public static final URI TOO_MANY_REQUESTS = URI.create("urn:complaints:problem:too-many-requests");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("urn:complaints:problem:payload-too-large");

    private final ObjectMapper json;

    public RefusalWriter(ObjectMapper json) {
        this.json = json;
    }

    public static ProblemDetail tooManyRequests(TooManyRequestsException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, refused.getMessage());
        problem.setType(TOO_MANY_REQUESTS);
        problem.setTitle("Too many requests");
        return problem;
    }

    public static ProblemDetail payloadTooLarge(long maxBytes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "the request body may have at most " + maxBytes + " bytes");
        problem.setType(PAYLOAD_TOO_LARGE);
        problem.setTitle("Request body too large");
        return problem;
    }

    void tooManyRequests(HttpServletResponse response, TooManyRequestsException refused) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
        write(response, tooManyRequests(refused));
    }

    void payloadTooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        write(response, payloadTooLarge(maxBytes));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
