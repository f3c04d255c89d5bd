package io.complaints.notification.rules;

import io.complaints.events.UnitRef;

/**
 * Who owns a time limit: the unit that has the case, its responsible department once triaged, and
 * the handler once one is assigned; of an overdue action of a remedy, the person the remedy named
 * ({@code handlerId}).
 */
public record Owner(UnitRef unit, String department, String handlerId) {
}
