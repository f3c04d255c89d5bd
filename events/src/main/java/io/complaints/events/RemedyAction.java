package io.complaints.events;

import java.time.LocalDate;

/**
 * A corrective or preventive action of a remedy (纠正/预防措施), followed up until it is done.
 *
 * @param number  its number within the remedy, from 1
 * @param owner   who carries it out and is reminded when it is overdue
 * @param dueDate the day it is to be done by
 */
public record RemedyAction(int number, ActionKind kind, String description, String owner, LocalDate dueDate) {

    /** Corrects this complaint's cause, or prevents it from happening again. */
    public enum ActionKind {
        CORRECTIVE, PREVENTIVE
    }
}
