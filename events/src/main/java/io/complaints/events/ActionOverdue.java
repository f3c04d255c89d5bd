package io.complaints.events;

import java.time.LocalDate;

/** An action of the case's remedy was not done by its due date: its owner is reminded (催办). */
public record ActionOverdue(String complaintId, int remedyNumber, int actionNumber, String owner,
                            LocalDate dueDate) {
}
