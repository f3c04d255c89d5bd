package io.complaints.bench;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command line of {@code bin/benchmark open} and {@code bin/benchmark search}, each option as
 * {@code --name value} or {@code --name=value}.
 *
 * @param rate           complaints per second sent (open), or the first rate tried (search)
 * @param duration       how long one run sends
 * @param warmup         sent at the same rate before the measured run, not measured
 * @param maxRate        search: the highest rate tried
 * @param maxTrials      search: runs at most this many measured runs
 * @param settle         a run keeps up when every consumer group is back to zero lag within this after the load
 * @param ledgerP99      and the sampled complaints' acceptance-to-ledger p99 is at most this
 * @param catchUpLimit   after the load, lag is followed for at most this long
 * @param ledgerEvery    every n-th accepted complaint is looked up in the ledger (1: all)
 * @param maxInFlight    requests unanswered at once; a send due while this many are out is counted as unsent
 * @param processes      name to the port it listens on, for CPU and memory per process from /proc
 */
record OpenLoopOptions(int rate, Duration duration, Duration warmup, int maxRate, int maxTrials, Duration settle,
                       Duration ledgerP99, Duration catchUpLimit, int ledgerEvery, int maxInFlight, Integer level,
                       URI intake, URI analytics, String kafka, Map<String, Integer> processes) {

    static final String USAGE = """
            usage: bin/benchmark open   [--rate 200] [--duration 60] [--warmup 10] [options]
                   bin/benchmark search [--rate 25] [--max-rate 1000] [--duration 20] [--max-trials 8] [options]
              open: sends --rate complaints per second for --duration seconds whatever the answers (open loop),
                    prints each consumer group's lag every 5 s, the time after the load until every service
                    has caught up, HTTP latency from each request's scheduled time, acceptance-to-ledger
                    latency, and CPU milliseconds per complaint and peak memory (PSS) of each process.
              search: open runs at rising rates (doubling, then halving the gap) to find the highest rate at
                    which the system keeps up: no error, lag back to zero within --settle seconds of the end,
                    acceptance-to-ledger p99 within --ledger-p99-ms.
            options:
              --warmup          seconds sent at the rate first, not measured (open only; search warms once)
              --settle          seconds after the load within which lag must be back to zero (default 5)
              --ledger-p99-ms   the ledger latency a kept-up run must not exceed at p99 (default 1000)
              --catch-up-limit  seconds lag is followed after the load at most (default 120)
              --ledger-every    looks up every n-th accepted complaint in the ledger (default 1: all)
              --max-in-flight   unanswered requests at once; above it a due send is counted as unsent (default 4096)
              --level           severity of every complaint (default random 2-4)
              --intake, --analytics   base addresses (default http://127.0.0.1:8081, :8083)
              --kafka           bootstrap address for the lag (default 127.0.0.1:19092)
              --port-offset     as bin/run-local's PORT_OFFSET: shifts every default port
              --processes       name=port,... the processes to measure, found by the port they listen on
                                (default intake=8081,handling=8082,analytics=8083,notification=8084,
                                kafka=19092,postgres=15432,mongo=17017,keycloak=18080,web=8080)""";

    static OpenLoopOptions parse(String[] args, boolean search) {
        int rate = search ? 25 : 200;
        int seconds = search ? 20 : 60;
        int warmup = 10;
        int maxRate = 1000;
        int maxTrials = 8;
        int settle = 5;
        int ledgerP99 = 1000;
        int catchUp = 120;
        int ledgerEvery = 1;
        int maxInFlight = 4096;
        Integer level = null;
        int offset = 0;
        URI intake = null;
        URI analytics = null;
        String kafka = null;
        String processes = null;
        for (String[] option : Options.options(args)) {
            String name = option[0];
            String value = option[1];
            switch (name) {
                case "--rate" -> rate = Options.intIn(name, value, 1, 100_000);
                case "--duration" -> seconds = Options.intIn(name, value, 1, 3_600);
                case "--warmup" -> warmup = Options.intIn(name, value, 0, 600);
                case "--max-rate" -> maxRate = Options.intIn(name, value, 1, 100_000);
                case "--max-trials" -> maxTrials = Options.intIn(name, value, 1, 30);
                case "--settle" -> settle = Options.intIn(name, value, 0, 600);
                case "--ledger-p99-ms" -> ledgerP99 = Options.intIn(name, value, 1, 600_000);
                case "--catch-up-limit" -> catchUp = Options.intIn(name, value, 1, 3_600);
                case "--ledger-every" -> ledgerEvery = Options.intIn(name, value, 1, 1_000_000);
                case "--max-in-flight" -> maxInFlight = Options.intIn(name, value, 1, 100_000);
                case "--level" -> level = Options.intIn(name, value, 1, 4);
                case "--port-offset" -> offset = Options.intIn(name, value, 0, 10_000);
                case "--intake" -> intake = Options.baseUri(name, value);
                case "--analytics" -> analytics = Options.baseUri(name, value);
                case "--kafka" -> kafka = hostPort(name, value);
                case "--processes" -> processes = value;
                default -> throw new IllegalArgumentException("unknown option: " + name);
            }
        }
        if (rate > maxRate && search) {
            throw new IllegalArgumentException("--rate must not exceed --max-rate");
        }
        return new OpenLoopOptions(rate, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup), maxRate, maxTrials,
                Duration.ofSeconds(settle), Duration.ofMillis(ledgerP99), Duration.ofSeconds(catchUp), ledgerEvery,
                maxInFlight, level,
                intake != null ? intake : URI.create("http://127.0.0.1:" + (8081 + offset)),
                analytics != null ? analytics : URI.create("http://127.0.0.1:" + (8083 + offset)),
                kafka != null ? kafka : "127.0.0.1:" + (19092 + offset),
                processes != null ? processes("--processes", processes) : defaultProcesses(offset));
    }

    private static Map<String, Integer> defaultProcesses(int offset) {
        var ports = new LinkedHashMap<String, Integer>();
        ports.put("intake", 8081 + offset);
        ports.put("handling", 8082 + offset);
        ports.put("analytics", 8083 + offset);
        ports.put("notification", 8084 + offset);
        ports.put("kafka", 19092 + offset);
        ports.put("postgres", 15432 + offset);
        ports.put("mongo", 17017 + offset);
        ports.put("keycloak", 18080 + offset);
        ports.put("web", 8080);
        return ports;
    }

    private static Map<String, Integer> processes(String name, String value) {
        var ports = new LinkedHashMap<String, Integer>();
        for (String part : value.split(",", -1)) {
            int eq = part.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException(name + " must be name=port,...: " + value);
            }
            ports.put(part.substring(0, eq).strip(), Options.intIn(name, part.substring(eq + 1), 1, 65_535));
        }
        return ports;
    }

    private static String hostPort(String name, String value) {
        String v = value.strip();
        int colon = v.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException(name + " must be host:port: " + value);
        }
        Options.intIn(name, v.substring(colon + 1), 1, 65_535);
        return v;
    }
}
