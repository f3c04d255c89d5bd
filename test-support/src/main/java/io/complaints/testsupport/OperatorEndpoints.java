package io.complaints.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The operators' endpoints every service gets from the platform ({@code /api/admin/**}: rebuilds,
 * republishing, dead letters): whatever a service maps there answers nobody but an operator. Likewise
 * the audit trail's ({@code /api/audit/**}): nobody but an auditor or an operator. A service's
 * authorization matrix leaves them to these checks, so a new one is covered without a row.
 */
public final class OperatorEndpoints {

    /** Staff and service roles, none of which may act as an operator. */
    public static final List<String> NOT_OPERATORS = List.of("INTAKE_AGENT", "COORDINATOR", "HANDLER", "APPROVER",
            "CALLBACK_AGENT", "HQ_SUPERVISOR", "ANALYST", "AUDITOR", "SERVICE");

    /** Staff and service roles, none of which may read the audit trail. */
    public static final List<String> NOT_AUDITORS = List.of("INTAKE_AGENT", "COORDINATOR", "HANDLER", "APPROVER",
            "CALLBACK_AGENT", "HQ_SUPERVISOR", "ANALYST", "SERVICE");

    private OperatorEndpoints() {
    }

    /** How a test calls its service: the status of {@code method path} with that {@code Authorization} (or none). */
    @FunctionalInterface
    public interface Call {
        int status(String method, String path, String authorization) throws Exception;
    }

    /** Every endpoint a service maps, as {@code "METHOD /pattern"}. */
    public static Set<String> mappedBy(RequestMappingHandlerMapping mappings) {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern ->
                info.getMethodsCondition().getMethods().forEach(method -> mapped.add(method.name() + " " + pattern))));
        return mapped;
    }

    /**
     * The endpoints of a service's own API, which its authorization matrix must name: those under
     * {@code /api/}, but for the operators' ({@link #among}) and the audit trail's ({@link #auditAmong}).
     */
    public static Set<String> ownApiOf(RequestMappingHandlerMapping mappings) {
        Set<String> own = new TreeSet<>(mappedBy(mappings));
        own.removeIf(endpoint -> !pathOf(endpoint).startsWith("/api/") || pathOf(endpoint).startsWith("/api/admin/")
                || pathOf(endpoint).startsWith("/api/audit/"));
        return own;
    }

    private static String pathOf(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1);
    }

    /** The operators' endpoints among {@code "METHOD /pattern"} entries. */
    public static Set<String> among(Collection<String> mapped) {
        Set<String> admin = new TreeSet<>();
        mapped.stream().filter(endpoint -> pathOf(endpoint).startsWith("/api/admin/"))
                .forEach(admin::add);
        return admin;
    }

    /** The audit trail's endpoints among {@code "METHOD /pattern"} entries. */
    public static Set<String> auditAmong(Collection<String> mapped) {
        Set<String> audit = new TreeSet<>();
        mapped.stream().filter(endpoint -> pathOf(endpoint).startsWith("/api/audit/")).forEach(audit::add);
        return audit;
    }

    /**
     * Every one of {@code endpoints} refuses a caller without a valid token (401) and every role but
     * OPERATOR, even at headquarters (403).
     */
    public static void refuseAllButOperators(Set<String> endpoints, Call call) throws Exception {
        refuseAllBut(endpoints, NOT_OPERATORS, call);
    }

    /**
     * Every one of {@code endpoints} refuses a caller without a valid token (401) and every role but
     * AUDITOR and OPERATOR, even at headquarters (403).
     */
    public static void refuseAllButAuditors(Set<String> endpoints, Call call) throws Exception {
        refuseAllBut(endpoints, NOT_AUDITORS, call);
    }

    private static void refuseAllBut(Set<String> endpoints, List<String> refused, Call call) throws Exception {
        TestTokens tokens = TestTokens.shared();
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "0");
            expect(wrong, endpoint + " without a token", 401, call.status(method, path, null));
            expect(wrong, endpoint + " with a forged token", 401,
                    call.status(method, path, tokens.of("hq.operator", "HQ", "OPERATOR").forged().bearer()));
            for (String role : refused) {
                expect(wrong, endpoint + " as " + role + " of HQ", 403,
                        call.status(method, path, tokens.of("hq.someone", "HQ", role).bearer()));
            }
        }
        if (!wrong.isEmpty()) {
            throw new AssertionError("endpoints answering others:\n  " + String.join("\n  ", wrong));
        }
    }

    private static void expect(List<String> wrong, String what, int expected, int answered) {
        if (answered != expected) {
            wrong.add(what + ": " + answered + " instead of " + expected);
        }
    }
}
