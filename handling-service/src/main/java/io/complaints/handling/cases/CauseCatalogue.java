package io.complaints.handling.cases;

/** The causes findings may name (configurable; the Pareto of causes counts by them). */
public interface CauseCatalogue {

    boolean contains(String causeCode);
}
