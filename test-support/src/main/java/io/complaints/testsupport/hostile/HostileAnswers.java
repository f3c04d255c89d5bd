package io.complaints.testsupport.hostile;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every answer to hostile input must be, whatever came in: never a server error; a refusal is
 * problem+json with its type and its status, and a 400 names each field and the rule it breaks.
 */
public final class HostileAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileAnswers() {
    }

    /**
     * Checks the answer; the problem it gives, or null for a success.
     *
     * @throws AssertionError naming what is wrong with the answer
     */
    public static JsonNode check(HttpResponse<String> answer) {
        int status = answer.statusCode();
        String type = answer.headers().firstValue("Content-Type").orElse("");
        expect(status < 500, "a server error " + status);
        if (status < 400) {
            return null;
        }
        expect(type.startsWith("application/problem+json"), "a refusal of content type \"" + type + "\", not problem+json");
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (java.io.IOException unreadable) {
            throw new AssertionError("a problem that is not JSON", unreadable);
        }
        expect(!problem.path("type").asText("").isBlank(), "a problem without a type");
        expect(problem.path("status").isInt() && problem.path("status").asInt() == status,
                "a problem whose status is not " + status);
        if (status == 400) {
            expect(problem.path("errors").isArray() && !problem.path("errors").isEmpty(), "a 400 that names no errors");
            problem.path("errors").forEach(error -> expect(!error.path("field").asText("").isEmpty()
                    && !error.path("rule").asText("").isBlank(), "an error without field or rule: " + error));
        }
        return problem;
    }

    private static void expect(boolean holds, String otherwise) {
        if (!holds) {
            throw new AssertionError(otherwise);
        }
    }
}
