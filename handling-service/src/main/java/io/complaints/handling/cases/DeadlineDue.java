package io.complaints.handling.cases;

import java.time.Instant;

import io.complaints.events.TimeLimit;

/** What a case's scheduled deadline carries: which limit, and when it was due when it was scheduled. */
public record DeadlineDue(TimeLimit limit, Instant due) {
}
