package io.complaints.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code bin/benchmark registrations}: {@code --n}, {@code --clients},
 * {@code --warmup}, {@code --intake}, {@code --jdbc-url}, {@code --jdbc-user}, {@code --jdbc-password},
 * {@code --deadline-minutes}, each as {@code --name value} or {@code --name=value}.
 *
 * @param clients  the client counts to measure, in the order given
 * @param deadline the whole run (every client count, HTTP and JDBC) stops sending after this
 */
record RegistrationsOptions(int n, List<Integer> clients, int warmup, URI intake,
                            String jdbcUrl, String jdbcUser, String jdbcPassword, Duration deadline) {

    static final String USAGE = """
            usage: bin/benchmark registrations [--n 2000] [--clients 1,8,32] [--warmup 200]
                                 [--intake http://127.0.0.1:8081] [--deadline-minutes 30]
                                 [--jdbc-url jdbc:postgresql://127.0.0.1:15432/intake]
                                 [--jdbc-user postgres] [--jdbc-password postgres]
              --n                 registrations (and raw JDBC inserts) measured per client count
              --clients           client counts, comma-separated; each client sends its next request
                                  when its last one is answered (JDBC: one thread and connection each)
              --warmup            registrations (and inserts) sent first per client count, not measured
              --deadline-minutes  the whole run stops sending after this; what is left counts as errors
              --jdbc-*            the PostgreSQL that intake writes to, for the raw single-row insert rate""";

    static RegistrationsOptions parse(String[] args) {
        int n = 2000;
        List<Integer> clients = List.of(1, 8, 32);
        int warmup = 200;
        URI intake = URI.create("http://127.0.0.1:8081");
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:15432/intake";
        String jdbcUser = "postgres";
        String jdbcPassword = "postgres";
        int deadlineMinutes = 30;
        for (String[] option : Options.options(args)) {
            String name = option[0];
            String value = option[1];
            switch (name) {
                case "--n" -> n = Options.intIn(name, value, 1, 10_000_000);
                case "--clients" -> clients = clients(name, value);
                case "--warmup" -> warmup = Options.intIn(name, value, 0, 10_000_000);
                case "--intake" -> intake = Options.baseUri(name, value);
                case "--jdbc-url" -> jdbcUrl = jdbcUrl(name, value);
                case "--jdbc-user" -> jdbcUser = value;
                case "--jdbc-password" -> jdbcPassword = value;
                case "--deadline-minutes" -> deadlineMinutes = Options.intIn(name, value, 1, 24 * 60);
                default -> throw new IllegalArgumentException("unknown option: " + name);
            }
        }
        return new RegistrationsOptions(n, clients, warmup, intake, jdbcUrl, jdbcUser, jdbcPassword,
                Duration.ofMinutes(deadlineMinutes));
    }

    private static List<Integer> clients(String name, String value) {
        List<Integer> counts = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            counts.add(Options.intIn(name, part, 1, 1_000));
        }
        return List.copyOf(counts);
    }

    private static String jdbcUrl(String name, String value) {
        String v = value.strip();
        if (!v.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(name + " must be a jdbc:postgresql: address: " + value);
        }
        return v;
    }
}
