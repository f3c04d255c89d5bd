package io.complaints.testsupport;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** A part of the infrastructure that starts on first use only, so a test pays for what it uses. */
final class Lazy<T> {

    private final Supplier<T> start;
    private final Consumer<T> stop;
    private T started;

    Lazy(Supplier<T> start, Consumer<T> stop) {
        this.start = start;
        this.stop = stop;
    }

    synchronized T get() {
        if (started == null) {
            started = start.get();
        }
        return started;
    }

    synchronized void close() {
        if (started != null) {
            stop.accept(started);
            started = null;
        }
    }
}
