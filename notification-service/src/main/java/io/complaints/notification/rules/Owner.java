package io.complaints.notification.rules;

import io.complaints.events.UnitRef;

/**
 * Who owns a time limit: the unit that has the case, its responsible department once triaged, and
 * the handler once one is assigned.
 */
public record Owner(UnitRef unit, String department, String handlerId) {
}
