package io.complaints.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's command line: {@code --n}, {@code --c}, {@code --intake}, {@code --analytics},
 * {@code --warmup}, {@code --level}, each as {@code --name value} or {@code --name=value}.
 *
 * @param level the severity of every complaint, or {@code null} for a random level from 2 to 4
 *              (level 1 complaints page people through the notification service)
 */
record Options(int n, int c, URI intake, URI analytics, int warmup, Integer level) {

    static final String USAGE = """
            usage: bin/benchmark [--n 2000] [--c 16] [--warmup 200] [--level 1-4]
                                 [--intake http://127.0.0.1:8081] [--analytics http://127.0.0.1:8083]
              --n          complaints to register and measure
              --c          concurrent clients, each sending its next complaint when the last is answered
              --warmup     complaints sent first and not measured
              --level      severity of every complaint (default: random 2-4, so the notification
                           service is not flooded; --level 1 on purpose only)
            or:    bin/benchmark registrations --help   (registration rate next to raw JDBC insert rate)
                   bin/benchmark open --help            (a fixed arrival rate: lag, catch-up, CPU per complaint)
                   bin/benchmark search --help          (the highest rate at which every service keeps up)""";

    static Options parse(String[] args) {
        int n = 2000;
        int c = 16;
        int warmup = 200;
        Integer level = null;
        URI intake = URI.create("http://127.0.0.1:8081");
        URI analytics = URI.create("http://127.0.0.1:8083");
        for (String[] option : options(args)) {
            String name = option[0];
            String value = option[1];
            switch (name) {
                case "--n" -> n = intIn(name, value, 1, 10_000_000);
                case "--c" -> c = intIn(name, value, 1, 10_000);
                case "--warmup" -> warmup = intIn(name, value, 0, 10_000_000);
                case "--level" -> level = intIn(name, value, 1, 4);
                case "--intake" -> intake = baseUri(name, value);
                case "--analytics" -> analytics = baseUri(name, value);
                default -> throw new IllegalArgumentException("unknown option: " + name);
            }
        }
        return new Options(n, c, intake, analytics, warmup, level);
    }

    /**
     * The command line as {@code {name, value}} pairs, from {@code --name value} or
     * {@code --name=value}; {@code --help} or {@code -h} throws with an empty message (print usage).
     */
    static List<String[]> options(String[] args) {
        var options = new ArrayList<String[]>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                options.add(new String[] {arg.substring(0, eq), arg.substring(eq + 1)});
            } else if (arg.equals("--help") || arg.equals("-h")) {
                throw new IllegalArgumentException("");
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                options.add(new String[] {arg, args[++i]});
            } else {
                throw new IllegalArgumentException("unexpected or incomplete argument: " + arg);
            }
        }
        return options;
    }

    String levelText() {
        return level == null ? "random(2-4)" : level.toString();
    }

    static int intIn(String name, String value, int min, int max) {
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ": " + value);
    }

    static URI baseUri(String name, String value) {
        String v = value.strip();
        while (v.endsWith("/")) {
            v = v.substring(0, v.length() - 1);
        }
        try {
            URI uri = URI.create(v);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be an http(s) base address: " + value);
    }
}
