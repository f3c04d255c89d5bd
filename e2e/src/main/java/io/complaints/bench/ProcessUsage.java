package io.complaints.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CPU time and resident memory of the system's processes, read from Linux's {@code /proc}. Each
 * process is found by the TCP port it listens on; its figures include its child processes (a
 * PostgreSQL server's backends, for one) except children that are themselves named (the stores
 * process starts PostgreSQL, which is measured on its own). Where {@code /proc} is missing or a
 * port has no listener here, that name is left out.
 */
final class ProcessUsage {

    /** CPU clock ticks per second ({@code getconf CLK_TCK}); 100 on every Linux this runs on. */
    private static final long TICKS_PER_SECOND = 100;
    private static final Path PROC = Path.of("/proc");

    /** CPU milliseconds (user and system, own and reaped children's) and memory in kilobytes (PSS, else RSS). */
    record Usage(long cpuMillis, long rssKb) {
    }

    private final Map<String, Integer> pidByName;

    private ProcessUsage(Map<String, Integer> pidByName) {
        this.pidByName = pidByName;
    }

    /** The processes listening on the given ports now; names without a listener are left out. */
    static ProcessUsage of(Map<String, Integer> portByName) {
        Map<Long, Long> listenerInodeByPort = listeningInodes();
        Map<Long, Integer> pidByInode = new HashMap<>();
        Set<Long> wanted = new HashSet<>();
        for (int port : portByName.values()) {
            Long inode = inodeOf(listenerInodeByPort, port);
            if (inode != null) {
                wanted.add(inode);
            }
        }
        for (int pid : allPids()) {
            try (DirectoryStream<Path> fds = Files.newDirectoryStream(PROC.resolve(pid + "/fd"))) {
                for (Path fd : fds) {
                    String target = readLink(fd);
                    if (target != null && target.startsWith("socket:[")) {
                        long inode = Long.parseLong(target.substring(8, target.length() - 1));
                        if (wanted.contains(inode)) {
                            pidByInode.putIfAbsent(inode, pid);
                        }
                    }
                }
            } catch (IOException | SecurityException notOurs) {
                // another user's process, or gone meanwhile
            }
        }
        Map<String, Integer> pids = new LinkedHashMap<>();
        portByName.forEach((name, port) -> {
            Long inode = inodeOf(listenerInodeByPort, port);
            if (inode != null && pidByInode.containsKey(inode)) {
                pids.put(name, pidByInode.get(inode));
            }
        });
        return new ProcessUsage(pids);
    }

    Map<String, Integer> pids() {
        return pidByName;
    }

    /** Each named process's usage now, its unnamed descendants included. */
    Map<String, Usage> snapshot() {
        Map<Integer, Stat> stats = new HashMap<>();
        for (int pid : allPids()) {
            Stat stat = stat(pid);
            if (stat != null) {
                stats.put(pid, stat);
            }
        }
        Map<Integer, List<Integer>> children = new HashMap<>();
        stats.forEach((pid, stat) -> children.computeIfAbsent(stat.parent(), p -> new ArrayList<>()).add(pid));
        Set<Integer> named = new HashSet<>(pidByName.values());
        Map<String, Usage> usage = new LinkedHashMap<>();
        pidByName.forEach((name, pid) -> {
            long ticks = 0;
            long rss = 0;
            List<Integer> todo = new ArrayList<>(List.of(pid));
            while (!todo.isEmpty()) {
                int next = todo.removeLast();
                Stat stat = stats.get(next);
                if (stat != null) {
                    ticks += stat.ticks();
                    rss += rssKb(next);
                }
                for (int child : children.getOrDefault(next, List.of())) {
                    if (!named.contains(child)) {
                        todo.add(child);
                    }
                }
            }
            usage.put(name, new Usage(ticks * 1_000 / TICKS_PER_SECOND, rss));
        });
        return usage;
    }

    private record Stat(int parent, long ticks) {
    }

    /** Fields 4 (ppid) and 14-17 (utime, stime, cutime, cstime) of {@code /proc/<pid>/stat}. */
    private static Stat stat(int pid) {
        try {
            String line = Files.readString(PROC.resolve(pid + "/stat"));
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return new Stat(Integer.parseInt(f[1]),
                    Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]));
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    /**
     * The process's proportional set size (its private pages, and its share of pages it shares, so
     * that a PostgreSQL server's backends do not count its shared buffers once each), or its RSS where
     * the kernel does not give it.
     */
    private static long rssKb(int pid) {
        long pss = field(PROC.resolve(pid + "/smaps_rollup"), "Pss:");
        return pss >= 0 ? pss : Math.max(0, field(PROC.resolve(pid + "/status"), "VmRSS:"));
    }

    private static long field(Path file, String name) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // gone meanwhile, or no such file on this kernel
        }
        return -1;
    }

    private static List<Integer> allPids() {
        List<Integer> pids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, "[0-9]*")) {
            for (Path entry : entries) {
                pids.add(Integer.parseInt(entry.getFileName().toString()));
            }
        } catch (IOException | RuntimeException noProc) {
            return List.of();
        }
        return pids;
    }

    /** Local port to socket inode of every listening TCP socket (IPv4 and IPv6). */
    private static Map<Long, Long> listeningInodes() {
        Map<Long, Long> byPort = new HashMap<>();
        for (String table : List.of("net/tcp", "net/tcp6")) {
            try {
                for (String line : Files.readAllLines(PROC.resolve(table)).stream().skip(1).toList()) {
                    String[] f = line.strip().split("\\s+");
                    if (f.length > 9 && f[3].equals("0A")) { // TCP_LISTEN
                        String local = f[1];
                        long port = Long.parseLong(local.substring(local.indexOf(':') + 1), 16);
                        byPort.putIfAbsent(port, Long.parseLong(f[9]));
                    }
                }
            } catch (IOException | RuntimeException noTable) {
                // no IPv6, or no /proc
            }
        }
        return byPort;
    }

    private static Long inodeOf(Map<Long, Long> inodeByPort, int port) {
        Long inode = inodeByPort.get((long) port);
        return inode == null || inode == 0 ? null : inode;
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException gone) {
            return null;
        }
    }
}
