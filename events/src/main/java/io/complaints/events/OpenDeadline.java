package io.complaints.events;

import java.time.Instant;

/** A time limit still running, and when it falls due. */
public record OpenDeadline(TimeLimit limit, Instant due) {
}
