package io.complaints.testsupport;

import java.util.function.Supplier;

/** Lazily started, JVM-wide infrastructure, closed by a shutdown hook. */
enum SharedInfrastructure implements Supplier<Infrastructure> {
    INSTANCE;

    private Infrastructure infrastructure;

    @Override
    public synchronized Infrastructure get() {
        if (infrastructure == null) {
            Infrastructure started = Infrastructure.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "infrastructure-shutdown"));
            infrastructure = started;
        }
        return infrastructure;
    }
}
