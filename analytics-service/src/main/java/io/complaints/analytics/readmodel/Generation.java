package io.complaints.analytics.readmodel;

/**
 * One complete set of the read models' collections. The live generation answers the API; a rebuild
 * fills the next one aside and then makes it live.
 */
public record Generation(int number) {

    public Generation {
        if (number < 1) {
            throw new IllegalArgumentException("generations count from 1");
        }
    }

    /** The collection of this generation for a read model's base name, e.g. {@code ledger_g2}. */
    public String collection(String base) {
        return base + "_g" + number;
    }

    public Generation next() {
        return new Generation(number + 1);
    }
}
