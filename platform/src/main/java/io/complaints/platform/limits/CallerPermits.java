package io.complaints.platform.limits;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;

/**
 * A cap on long-running things done at once (exports, live feeds): so many per caller and so many
 * in all on one instance. A permit is given back by closing it.
 */
public final class CallerPermits {

    private final String what;
    private final int perCaller;
    private final Semaphore total;
    private final ConcurrentMap<String, Semaphore> byCaller = new ConcurrentHashMap<>();

    public CallerPermits(String what, int perCaller, int total) {
        this.what = what;
        this.perCaller = perCaller;
        this.total = new Semaphore(total);
    }

    /** A permit for {@code caller}, or {@link TooManyRequestsException} when either cap is reached. */
    public Permit acquire(String caller) {
        Semaphore own = byCaller.computeIfAbsent(caller, key -> new Semaphore(perCaller));
        if (!own.tryAcquire()) {
            throw new TooManyRequestsException("at most " + perCaller + " " + what + " at once per caller",
                    Duration.ofSeconds(5));
        }
        if (!total.tryAcquire()) {
            own.release();
            throw new TooManyRequestsException("this instance runs as many " + what + " as it can; try again shortly",
                    Duration.ofSeconds(5));
        }
        return new Permit(own);
    }

    /** Held while the thing runs. */
    public final class Permit implements AutoCloseable {

        private final Semaphore own;
        private boolean released;

        private Permit(Semaphore own) {
            this.own = own;
        }

        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                total.release();
                own.release();
            }
        }
    }
}
