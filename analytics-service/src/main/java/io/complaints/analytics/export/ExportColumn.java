package io.complaints.analytics.export;

import java.util.function.Function;

import io.complaints.analytics.ledger.LedgerView;

/**
 * One column of a ledger export: its header, as it stays from one export to the next, and its
 * value in a row. A value is text, a whole number, yes/no, or empty (null).
 */
record ExportColumn(String header, Function<LedgerView, Object> value) {

    Object of(LedgerView row) {
        return value.apply(row);
    }
}
