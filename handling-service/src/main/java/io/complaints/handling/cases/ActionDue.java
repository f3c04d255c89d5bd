package io.complaints.handling.cases;

/** What a remedy action's scheduled follow-up carries: which remedy, which of its actions. */
public record ActionDue(int remedyNumber, int actionNumber) {
}
