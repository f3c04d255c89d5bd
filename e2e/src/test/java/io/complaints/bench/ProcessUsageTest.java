package io.complaints.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** CPU and memory per process, found by the port it listens on, as the open-loop benchmark reads them. */
@EnabledOnOs(OS.LINUX)
class ProcessUsageTest {

    @Test
    void aProcessIsFoundByItsPortAndItsChildrensCpuCountsAsItsOwn() throws Exception {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Map<String, Integer> ports = new LinkedHashMap<>();
            ports.put("this", socket.getLocalPort());
            ports.put("nobody", freePort());
            ProcessUsage usage = ProcessUsage.of(ports);

            assertThat(usage.pids()).containsOnlyKeys("this")
                    .containsEntry("this", (int) ProcessHandle.current().pid());
            ProcessUsage.Usage before = usage.snapshot().get("this");
            long ownBefore = ownCpuMillis();
            assertThat(before.rssKb()).isPositive();

            // a child that counts (a bounded loop, the shell's own: no grandchild to outlive it), stopped
            // below: its CPU shows as this process's, beyond this JVM's own
            Process child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 20000000 ]; do i=$((i+1)); done").start();
            try {
                await().atMost(Duration.ofSeconds(15)).until(() -> {
                    long counted = usage.snapshot().get("this").cpuMillis() - before.cpuMillis();
                    return counted - (ownCpuMillis() - ownBefore) >= 300;
                });
            } finally {
                child.destroyForcibly().waitFor();
            }
        }
    }

    private static long ownCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toMillis();
    }

    private static int freePort() throws Exception {
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
