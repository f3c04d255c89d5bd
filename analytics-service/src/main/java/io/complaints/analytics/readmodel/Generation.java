package io.complaints.analytics.readmodel;

/**
 * One complete set of the read models' collections. The live generation answers the API; a rebuild
 * fills the next one aside and then makes it live.
 */
public record Generation(int number) {

    /**
     * Generations from this number up are scratch ones: one question's replay of the past
     * ({@link PastReplay}), never live, dropped when it is answered.
     */
    static final int SCRATCH_FROM = 1_000_000_000;

    public Generation {
        if (number < 1) {
            throw new IllegalArgumentException("generations count from 1");
        }
    }

    /** The collection of this generation for a read model's base name, e.g. {@code ledger_g2}. */
    public String collection(String base) {
        return base + "_g" + number;
    }

    /** A scratch generation of a number no other one takes (at random, above {@link #SCRATCH_FROM}). */
    static Generation scratch() {
        return new Generation(SCRATCH_FROM + java.util.concurrent.ThreadLocalRandom.current().nextInt(SCRATCH_FROM));
    }

    public Generation next() {
        return new Generation(number + 1);
    }
}
