package io.complaints.platform.audit;

/**
 * The first thing wrong in one aggregate stream: what, and where. {@code at} is the position the chain
 * recorded; {@code foundAt} where the event recorded there is now, when it moved. Never any content.
 */
public record AuditFinding(Problem problem, AuditPosition at, AuditPosition foundAt, String explanation) {

    public enum Problem {
        /** The event at this position no longer matches its hash: payload, metadata, type or time changed. */
        ALTERED,
        /** The event chained at this position is no longer stored. */
        REMOVED,
        /** The event chained at this position is stored at another position (sequence or global index). */
        REORDERED,
        /** An event stored after the chain began has no chain entry: it was not stored by the service. */
        INSERTED
    }
}
