package io.complaints.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Container;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Tomcat answers itself, before any application code sees the request (an address holding an
 * encoded NUL or what HTTP does not allow): problem+json like every other refusal, not Tomcat's HTML
 * page. Tomcat's own error report of the host is replaced by this one.
 */
final class ProblemErrorReport extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MALFORMED = "the request is malformed (its address or a header holds what HTTP does not allow)";

    /** Puts this report in place of the error report of the host of the container. */
    static void replaceIn(Container container) {
        for (Container parent = container; parent != null; parent = parent.getParent()) {
            if (parent instanceof Host host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReport)) {
                        host.getPipeline().removeValve(valve);
                        host.getPipeline().addValve(new ProblemErrorReport());
                    }
                }
                return;
            }
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable failure) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = status == 400
                ? Map.of("type", ProblemDetailsAdvice.INVALID_REQUEST.toString(), "title", "The request is invalid",
                        "status", status, "detail", MALFORMED, "errors", List.of(Map.of("field", "$request",
                                "rule", "malformed-request", "message", MALFORMED)))
                : Map.of("type", "about:blank", "title", known == null ? "Error" : known.getReasonPhrase(),
                        "status", status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException unwritable) {
            // the client is gone, or the response was written meanwhile: nothing more to say
        }
    }
}
