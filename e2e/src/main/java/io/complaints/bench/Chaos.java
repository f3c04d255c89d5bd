package io.complaints.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * {@code bin/chaos}: load on a {@code bin/run-local} system with two instances of each service
 * ({@code INSTANCES=2 RESTART=on}) while faults are injected one after the other, each held for a
 * bounded time: kill -9 of the first instance of every service, the broker paused (SIGSTOP, then
 * SIGCONT) past the consumers' session timeout, PostgreSQL stopped and started again, the MongoDB
 * stand-in stopped for a while and started again (by run-local, which restarts what dies). After
 * each fault a few level-1 probe complaints measure how long the system took to do its work again
 * (the surviving instance took over). Then the load stops, the system drains, and what every
 * acknowledged complaint became is reconciled: in intake's store, opened once in handling, one
 * ledger row, each alert e-mail once (this program is the SMTP server), each deadline fired once.
 *
 * <p>Processes are found in run-local's {@code <data>/run/processes}; a store is held down by a file
 * in {@code <data>/run/hold/}. Only processes of that list are signalled, by PID.
 */
final class Chaos {

    private static final Duration PROBE_WAIT = Duration.ofSeconds(90);
    private static final int PROBES = 6;
    private static final Duration TRIAGE_LIMIT = Duration.ofMinutes(1);
    /** The scheduler's polling interval (5 s) and a margin: a deadline due longer ago than this has fired. */
    private static final Duration SCHEDULER_SLACK = Duration.ofSeconds(20);

    private final Map<String, String> options;
    private final Path runDir;
    private final int offset;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final Map<String, IntakeClient.Outcome> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, Integer> levels = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean loading = new AtomicBoolean(true);
    private final List<String[]> takeovers = new ArrayList<>();
    private final Instant started = Instant.now();
    private long endNanos;
    private SmtpSink smtp;
    private Reconciliation stores;

    private Chaos(Map<String, String> options) {
        this.options = options;
        this.runDir = Path.of(options.get("run-dir"));
        this.offset = Integer.parseInt(options.get("port-offset"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("run-dir", ".local-chaos/run", "port-offset", "100",
                "rate", "8", "fault-hold-seconds", "15", "drain-seconds", "150", "time-limit-seconds", "450"));
        for (String[] option : Options.options(args)) {
            String name = option[0].substring(2);
            if (!options.containsKey(name)) {
                System.err.println("usage: Chaos [--run-dir D] [--port-offset 100] [--rate 8] [--fault-hold-seconds 15]"
                        + " [--drain-seconds 150] [--time-limit-seconds 450]");
                System.exit(2);
            }
            options.put(name, option[1]);
        }
        System.exit(new Chaos(options).run());
    }

    private int run() throws Exception {
        // the table is printed in time: faults get what is left but the last minute, the drain what is left but 20 s
        endNanos = System.nanoTime() + Duration.ofSeconds(Long.parseLong(options.get("time-limit-seconds"))).toNanos();
        try (SmtpSink sink = new SmtpSink(2525 + offset);
             Reconciliation reconciliation = new Reconciliation("jdbc:postgresql://127.0.0.1:" + (15432 + offset))) {
            smtp = sink;
            stores = reconciliation;
            Thread load = Thread.ofPlatform().name("chaos-load").start(this::load);
            step("load running at " + options.get("rate") + " complaints/s");
            awaitQuietly(Duration.ofSeconds(10));
            for (String service : List.of("intake", "handling", "analytics", "notification")) {
                killFirstInstance(service + "-service");
            }
            pauseBroker();
            restartPostgres();
            stopMongo();
            loading.set(false);
            load.join(Duration.ofSeconds(40).toMillis());
            step("load stopped: " + acknowledged.size() + " acknowledged, " + refused.get() + " not acknowledged");
            drain();
            return report();
        }
    }

    // ---- load -------------------------------------------------------------------------------------------

    private void load() {
        long every = 1_000_000_000L / Long.parseLong(options.get("rate"));
        long next = System.nanoTime();
        long sequence = 0;
        while (loading.get()) {
            int level = sequence % 4 == 0 ? 1 : 3;
            register(sequence++, level);
            next += every;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                awaitQuietly(Duration.ofNanos(wait));
            } else {
                next = System.nanoTime();
            }
        }
    }

    /** Registers at intake's instances in turn; a refused connection tries the other at once. */
    private IntakeClient.Outcome register(long sequence, int level) {
        List<Integer> ports = List.of(8081 + offset, 8091 + offset);
        for (int attempt = 0; attempt < 4; attempt++) {
            int port = ports.get((int) ((sequence + attempt) % ports.size()));
            var client = new IntakeClient(http, json, URI.create("http://127.0.0.1:" + port), level);
            IntakeClient.Outcome outcome = client.register(sequence);
            if (outcome.accepted()) {
                acknowledged.put(outcome.registrationNumber(), outcome);
                levels.put(outcome.registrationNumber(), level);
                return outcome;
            }
            if (outcome.status() != -1 && outcome.status() != 503) {
                break; // an answer: not a dead instance
            }
        }
        refused.incrementAndGet();
        return null;
    }

    // ---- faults -----------------------------------------------------------------------------------------

    private void killFirstInstance(String service) throws Exception {
        long pid = pid(service);
        Instant at = Instant.now();
        signal("KILL", pid);
        step("kill -9 " + service + " instance 1 (pid " + pid + ")");
        takeover("kill -9 instance 1", service, at, switch (service) {
            case "intake-service" -> Set.of("intake");
            case "handling-service" -> Set.of("handling");
            case "analytics-service" -> Set.of("ledger");
            default -> Set.of("alert");
        });
    }

    private void pauseBroker() throws Exception {
        long pid = pid("kafka");
        int hold = Integer.parseInt(options.get("fault-hold-seconds"));
        signal("STOP", pid);
        Instant at = Instant.now();
        step("broker paused (SIGSTOP pid " + pid + ") for " + hold + " s, past the consumers' session timeout");
        awaitQuietly(Duration.ofSeconds(hold));
        signal("CONT", pid);
        step("broker continued (SIGCONT)");
        takeover("broker paused " + hold + " s", "all", at, Set.of("handling", "ledger", "alert"));
    }

    private void restartPostgres() throws Exception {
        long pid = pid("postgres");
        Instant at = Instant.now();
        signal("TERM", pid);
        step("PostgreSQL stopped (SIGTERM pid " + pid + "); run-local starts it again");
        takeover("PostgreSQL restarted", "intake, handling", at, Set.of("intake", "handling", "ledger"));
    }

    private void stopMongo() throws Exception {
        long pid = pid("mongo");
        int hold = Integer.parseInt(options.get("fault-hold-seconds"));
        Path held = runDir.resolve("hold/mongo");
        Files.writeString(held, "held by bin/chaos\n");
        Instant at = Instant.now();
        signal("TERM", pid);
        step("MongoDB stand-in stopped (SIGTERM pid " + pid + "), held down for " + hold + " s");
        awaitQuietly(Duration.ofSeconds(hold));
        Files.delete(held);
        step("MongoDB stand-in released; run-local starts it again");
        takeover("MongoDB stopped " + hold + " s", "analytics, notification", at, Set.of("ledger", "alert"));
    }

    /**
     * Registers level-1 probes (through whichever intake instance answers) and waits until each has
     * reached the named stages; prints and keeps the time from the fault to the last probe there.
     */
    private void takeover(String fault, String service, Instant faultAt, Set<String> stages) throws Exception {
        List<String> probes = new ArrayList<>();
        long deadline = Math.min(System.nanoTime() + PROBE_WAIT.toNanos(),
                endNanos - Duration.ofSeconds(60).toNanos());
        long sequence = 1_000_000 + takeovers.size() * 100L;
        while (probes.size() < PROBES && System.nanoTime() < deadline) {
            IntakeClient.Outcome probe = register(sequence++, 1);
            if (probe != null) {
                probes.add(probe.registrationNumber());
            }
        }
        boolean done = waitUntil(deadline, () -> probes.size() == PROBES && probes.stream().allMatch(number ->
                stages.stream().allMatch(stage -> reached(stage, number))));
        double seconds = Duration.between(faultAt, Instant.now()).toMillis() / 1000.0;
        String took = done ? String.format(Locale.ROOT, "%.1f s", seconds)
                : String.format(Locale.ROOT, "not within %.0f s", seconds);
        takeovers.add(new String[] {fault, service, String.join("+", stages), took});
        step("  " + service + " working again after " + took + " (" + PROBES + " probes: " + String.join(", ", stages) + ")");
    }

    private boolean reached(String stage, String number) {
        IntakeClient.Outcome outcome = acknowledged.get(number);
        return switch (stage) {
            case "intake" -> outcome != null;
            case "handling" -> stores.caseOpened(outcome.complaintId());
            case "ledger" -> ledgerRow(number);
            case "alert" -> smtp.accepted().stream().anyMatch(mail -> mail.subject().contains(number));
            default -> throw new IllegalArgumentException(stage);
        };
    }

    private boolean ledgerRow(String number) {
        for (int port : List.of(8083 + offset, 8093 + offset)) {
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/api/ledger/" + number))
                        .timeout(Duration.ofSeconds(5))
                        .header("Authorization", BenchTokens.shared().bearer(BenchTokens.ANALYST)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                return answer.statusCode() == 200;
            } catch (IOException unavailable) {
                // the other instance, if any, answers
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    // ---- reconciliation ---------------------------------------------------------------------------------

    private void drain() {
        long deadline = Math.min(System.nanoTime() + Duration.ofSeconds(Long.parseLong(options.get("drain-seconds")))
                .toNanos(), endNanos - Duration.ofSeconds(20).toNanos());
        step("draining: until every acknowledged complaint is opened, in the ledger and alerted (at most "
                + options.get("drain-seconds") + " s)");
        boolean drained = waitUntil(deadline, () -> {
            Map<String, Integer> opened = stores.casesOpened();
            if (!acknowledged.values().stream().allMatch(o -> opened.containsKey(o.complaintId()))) {
                return false;
            }
            Map<String, Integer> rows = ledgerRows();
            if (!acknowledged.keySet().stream().allMatch(rows::containsKey)) {
                return false;
            }
            Set<String> alerted = alertsByComplaint().keySet();
            return levels.entrySet().stream().filter(e -> e.getValue() == 1).allMatch(e -> alerted.contains(e.getKey()));
        });
        step(drained ? "drained" : "not drained within the time: the table shows what is missing");
    }

    private int report() {
        List<IntakeClient.Outcome> acked = List.copyOf(acknowledged.values());
        Map<String, Integer> registered = stores.complaintsRegistered();
        Map<String, Integer> opened = stores.casesOpened();
        Map<String, Integer> rows = ledgerRows();
        Map<String, Map<String, Integer>> alerts = alertsByComplaint();
        Map<String, Integer> deadlines = stores.deadlinesMissed();
        long level1 = levels.values().stream().filter(level -> level == 1).count();

        long inIntake = acked.stream().filter(o -> registered.getOrDefault(o.complaintId(), 0) == 1).count();
        long openedOnce = acked.stream().filter(o -> opened.getOrDefault(o.complaintId(), 0) == 1).count();
        long openedTwice = acked.stream().filter(o -> opened.getOrDefault(o.complaintId(), 0) > 1).count();
        long oneRow = acked.stream().filter(o -> rows.getOrDefault(o.registrationNumber(), 0) == 1).count();
        long moreRows = acked.stream().filter(o -> rows.getOrDefault(o.registrationNumber(), 0) > 1).count();
        long alerted = levels.entrySet().stream().filter(e -> e.getValue() == 1)
                .filter(e -> alerts.containsKey(e.getKey())).count();
        long mails = alerts.values().stream().mapToLong(m -> m.values().stream().mapToLong(Integer::longValue).sum()).sum();
        long duplicateMails = alerts.values().stream()
                .mapToLong(m -> m.values().stream().mapToLong(n -> n - 1L).sum()).sum();
        long deadlinesFired = deadlines.size();
        long deadlinesTwice = deadlines.values().stream().filter(n -> n > 1).count();
        // the triage limit (1 minute) of every complaint acknowledged long enough ago has fallen due
        Instant dueBy = Instant.now().minus(TRIAGE_LIMIT).minus(SCHEDULER_SLACK);
        Map<String, Integer> triageMissed = new HashMap<>();
        deadlines.forEach((key, n) -> {
            String[] parts = key.split("\\|");
            if (parts.length > 1 && parts[1].equals("TRIAGE")) {
                triageMissed.merge(parts[0], n, Integer::sum);
            }
        });
        List<IntakeClient.Outcome> due = acked.stream().filter(o -> o.acceptedAt().isBefore(dueBy)).toList();
        long firedOnce = due.stream().filter(o -> triageMissed.getOrDefault(o.complaintId(), 0) == 1).count();

        var table = new LinkedHashMap<String, String[]>();
        table.put("complaints acknowledged (201)", row(acked.size(), acked.size(), "", refused.get() + " requests not acknowledged"));
        table.put("in intake's store, once", row(inIntake, acked.size(), "", ""));
        table.put("case opened in handling, once", row(openedOnce, acked.size(), openedTwice + " opened twice", ""));
        table.put("ledger row, exactly one", row(oneRow, acked.size(), moreRows + " with more than one", ""));
        table.put("level-1 complaints alerted", row(alerted, level1, duplicateMails + " duplicate e-mails",
                mails + " e-mails (complaint, recipient, subject)"));
        table.put("triage deadline fired once", row(firedOnce, due.size(), deadlinesTwice + " fired twice",
                "of those due (limit 1 min); " + deadlinesFired + " deadlines missed in all"));

        System.out.println();
        System.out.println("Reconciliation (" + Duration.between(started, Instant.now()).toSeconds() + " s run)");
        System.out.printf(Locale.ROOT, "| %-32s | %7s | %7s | %-26s | %s%n", "check", "ok", "of", "duplicates", "note");
        System.out.println("|----------------------------------|---------|---------|----------------------------|------");
        table.forEach((check, r) -> System.out.printf(Locale.ROOT, "| %-32s | %7s | %7s | %-26s | %s%n",
                check, r[0], r[1], r[2], r[3]));
        System.out.println();
        System.out.println("Take-over (from the fault until all " + PROBES + " probes had reached every stage named)");
        System.out.printf(Locale.ROOT, "| %-22s | %-24s | %-22s | %s%n", "fault", "service", "stages", "time");
        System.out.println("|------------------------|--------------------------|------------------------|------");
        takeovers.forEach(t -> System.out.printf(Locale.ROOT, "| %-22s | %-24s | %-22s | %s%n", t[0], t[1], t[2], t[3]));

        boolean ok = inIntake == acked.size() && openedOnce == acked.size() && oneRow == acked.size()
                && alerted == level1 && duplicateMails == 0 && deadlinesTwice == 0 && firedOnce == due.size()
                && !acked.isEmpty();
        System.out.println();
        System.out.println(ok ? "RESULT: nothing lost, nothing done twice" : "RESULT: FAILED (see the table)");
        return ok ? 0 : 1;
    }

    private static String[] row(long ok, long of, String duplicates, String note) {
        return new String[] {String.valueOf(ok), String.valueOf(of), duplicates, note};
    }

    /** Ledger rows by registration number, read through the list API of whichever analytics instance answers. */
    private Map<String, Integer> ledgerRows() {
        Map<String, Integer> rows = new HashMap<>();
        for (int page = 0; page < 1000; page++) {
            JsonNode answer = getJson("/api/ledger?unit=HQ&size=500&page=" + page, 8083 + offset, 8093 + offset);
            if (answer == null) {
                return rows;
            }
            if (!answer.isArray() || answer.isEmpty()) {
                break;
            }
            answer.forEach(row -> rows.merge(row.path("registrationNumber").asText(), 1, Integer::sum));
        }
        return rows;
    }

    private JsonNode getJson(String path, int... ports) {
        for (int port : ports) {
            try {
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .timeout(Duration.ofSeconds(20))
                                .header("Authorization", BenchTokens.shared().bearer(BenchTokens.ANALYST)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() == 200) {
                    return json.readTree(answer.body());
                }
            } catch (IOException unavailable) {
                // try the other instance
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Alert e-mails per registration number: how often each (recipient, subject) was accepted. */
    private Map<String, Map<String, Integer>> alertsByComplaint() {
        Map<String, Map<String, Integer>> byNumber = new HashMap<>();
        for (SmtpSink.Accepted mail : smtp.accepted()) {
            for (String number : acknowledged.keySet()) {
                if (mail.subject().contains(number)) {
                    byNumber.computeIfAbsent(number, k -> new HashMap<>())
                            .merge(String.join(",", mail.recipients()) + "|" + mail.subject(), 1, Integer::sum);
                }
            }
        }
        return byNumber;
    }

    // ---- processes --------------------------------------------------------------------------------------

    /** The PID of a process of run-local by its name (e.g. {@code handling-service}, {@code kafka}), waiting while it restarts. */
    private long pid(String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(runDir.resolve("processes"))) {
                String[] fields = line.split(" ");
                if (fields[0].equals(name)) {
                    long pid = Long.parseLong(fields[1]);
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        return pid;
                    }
                }
            }
            awaitQuietly(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " is not running (see " + runDir.resolve("processes") + ")");
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    private void step(String what) {
        System.out.printf(Locale.ROOT, "%6.1f s  %s%n", Duration.between(started, Instant.now()).toMillis() / 1000.0, what);
    }

    private static boolean waitUntil(long deadlineNanos, BooleanSupplier condition) {
        while (System.nanoTime() < deadlineNanos) {
            if (condition.getAsBoolean()) {
                return true;
            }
            awaitQuietly(Duration.ofMillis(500));
        }
        return condition.getAsBoolean();
    }

    /** The pace of a fault script: holding a fault, or spacing polls; never waiting for a result. */
    private static void awaitQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
