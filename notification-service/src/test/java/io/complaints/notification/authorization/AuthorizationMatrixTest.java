package io.complaints.notification.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.complaints.notification.ServiceTest;
import io.complaints.notification.delivery.Channel;
import io.complaints.notification.delivery.Delivery;
import io.complaints.notification.delivery.DeliveryLog;
import io.complaints.notification.delivery.DeliveryStatus;
import io.complaints.testsupport.OperatorEndpoints;
import io.complaints.testsupport.TestTokens;

/**
 * Every endpoint of the service under {@code /api/**}, as mapped, against every kind of caller: no
 * token, broken tokens (expired, another issuer, forged signature, another audience), a person of
 * another branch, of the notification's own branch, of the unit above it, of headquarters, and one
 * whose role does not fit. The object is a notification of a complaint of SH-PD; its retry is refused
 * by rule (409: nobody to tell) once a caller may ask, so that no case changes what the next sees.
 * A new endpoint without a row here fails {@link #theTableCoversExactlyTheMappedEndpoints()}.
 */
class AuthorizationMatrixTest extends ServiceTest {

    /** The kinds of caller, in the order of the table's columns. */
    enum Caller {
        NO_TOKEN, EXPIRED, WRONG_ISSUER, FORGED, WRONG_AUDIENCE, OTHER_BRANCH, OWN_BRANCH, PARENT_UNIT, HEADQUARTERS,
        WRONG_ROLE
    }

    /** One endpoint: how to call it for a notification and complaint, the role that fits, and the answers expected. */
    private record Row(String endpoint, Function<Fixture, String> path, String role, String wrongRole,
                       int... expected) {
    }

    private record Fixture(String notificationId, String complaintId) {
    }

    private static final List<Row> TABLE = List.of(
            //                                                                                   none exp  iss  forg aud  other own parent HQ  wrong role
            new Row("GET /api/notifications", f -> "/api/notifications?complaintId=" + f.complaintId() + "&unit=SH-PD",
                    "COORDINATOR", "ANALYST", 401, 401, 401, 401, 401, 403, 200, 200, 200, 200),
            new Row("GET /api/notifications/{id}", f -> "/api/notifications/" + f.notificationId(),
                    "COORDINATOR", "ANALYST", 401, 401, 401, 401, 401, 404, 200, 200, 200, 200),
            new Row("POST /api/notifications/{id}/retry", f -> "/api/notifications/" + f.notificationId() + "/retry",
                    "OPERATOR", "HQ_SUPERVISOR", 401, 401, 401, 401, 401, 404, 409, 409, 409, 403),
            new Row("GET /api/feed", f -> "/api/feed?unit=SH-PD",
                    "COORDINATOR", "ANALYST", 401, 401, 401, 401, 401, 403, 200, 200, 200, 200));

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Autowired
    private DeliveryLog log;

    @Test
    void theOperatorsEndpointsAnswerNobodyButOperators() throws Exception {
        Set<String> operators = OperatorEndpoints.among(OperatorEndpoints.mappedBy(mappings));

        assertThat(operators).contains("GET /api/admin/dead-letters");
        OperatorEndpoints.refuseAllButOperators(operators, (method, path, authorization) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                    .method(method, HttpRequest.BodyPublishers.noBody());
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        });
    }

    @Test
    void theTableCoversExactlyTheMappedEndpoints() {
        Set<String> mapped = OperatorEndpoints.ownApiOf(mappings);
        Set<String> table = TABLE.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));
        assertThat(table).isEqualTo(mapped);
    }

    @Test
    void everyEndpointAnswersEveryKindOfCallerAsTheTableSays() {
        Fixture fixture = failedNotificationOfPudong();
        Map<Integer, Integer> counts = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            for (Caller caller : Caller.values()) {
                int expected = row.expected()[caller.ordinal()];
                int answered = call(row, row.path().apply(fixture), authorization(caller, row));
                counts.merge(answered, 1, Integer::sum);
                if (answered != expected) {
                    wrong.add(row.endpoint() + " as " + caller + ": " + answered + ", expected " + expected);
                }
            }
        }
        int cases = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("authorization matrix: " + cases + " cases: " + counts.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(" ")));
        assertThat(wrong).isEmpty();
        assertThat(cases).isEqualTo(TABLE.size() * Caller.values().length);
        assertThat(log.find(fixture.notificationId()).orElseThrow().status()).as("nothing changed")
                .isEqualTo(DeliveryStatus.FAILED);
    }

    private static String authorization(Caller caller, Row row) {
        return switch (caller) {
            case NO_TOKEN -> null;
            case EXPIRED -> ownBranch(row).expired().bearer();
            case WRONG_ISSUER -> ownBranch(row).issuer("http://elsewhere.example.com/realms/complaints").bearer();
            case FORGED -> ownBranch(row).forged().bearer();
            case WRONG_AUDIENCE -> ownBranch(row).audience("other-api").bearer();
            case OTHER_BRANCH -> TOKENS.of(person(row.role(), "BJ-CY"), "BJ-CY", row.role()).bearer();
            case OWN_BRANCH -> ownBranch(row).bearer();
            case PARENT_UNIT -> TOKENS.of(person(row.role(), "SH"), "SH", row.role()).bearer();
            case HEADQUARTERS -> TOKENS.of(person(row.role(), "HQ"), "HQ", row.role()).bearer();
            case WRONG_ROLE -> TOKENS.of(person(row.wrongRole(), "HQ"), "HQ", row.wrongRole()).bearer();
        };
    }

    private static TestTokens.Token ownBranch(Row row) {
        return TOKENS.of(person(row.role(), "SH-PD"), "SH-PD", row.role());
    }

    /** e.g. {@code coordinator.shpd}, as the sample people are named. */
    private static String person(String role, String unit) {
        return role.toLowerCase().replace("_", "") + "." + unit.toLowerCase().replace("-", "");
    }

    /** The answer's status; a stream that opened is closed again at once. */
    private int call(Row row, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (row.endpoint().startsWith("POST")) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else if (row.endpoint().equals("GET /api/feed")) {
            request.header("Accept", "text/event-stream").GET();
        }
        try {
            HttpResponse<InputStream> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            answer.body().close();
            return answer.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A notification of a complaint of SH-PD that failed because nobody holds the role: a retry is refused by rule. */
    private Fixture failedNotificationOfPudong() {
        String complaintId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Instant now = Instant.now();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("complaintId", complaintId);
        Delivery entry = new Delivery(Delivery.idOf(eventId, "nobody:matrix", Channel.NONE), eventId, "ComplaintReceived",
                now, complaintId, "SH-PD-2026120501", List.of("HQ", "SH", "SH-PD"), "level-1-alert", "level-1-alert",
                "leadership", "SH-PD", null, null, Channel.NONE, null, fields, DeliveryStatus.FAILED, 0, 0, now, null,
                null, null, "nobody in the directory holds the role leadership in SH-PD", null);
        log.record(List.of(entry));
        return new Fixture(entry.id(), complaintId);
    }
}
