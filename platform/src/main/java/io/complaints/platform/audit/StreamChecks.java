package io.complaints.platform.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.complaints.platform.audit.AuditFinding.Problem;

/**
 * The checks of every aggregate stream, fed the store's events and the chain's entries in global index
 * order (a stream's events are stored in sequence order, so its global indexes rise with its sequence).
 * It remembers, per stream, the last chained sequence number and hash, and keeps the first finding.
 */
final class StreamChecks {

    /** The chain's memory of one stream. */
    private static final class Stream {
        long lastSequence = -1;
        byte[] lastHash = AuditHash.GENESIS;
        long unchained;
        AuditFinding finding;
    }

    private final Map<String, Stream> streams = new HashMap<>();
    private final Long chainStart;
    private final Function<String, Optional<AuditPosition>> whereIsEvent;
    private long events;
    private long unchained;

    /**
     * @param chainStart   the lowest global index in the chain ({@code null}: nothing is chained yet)
     * @param whereIsEvent where an event identifier is stored now, if anywhere
     */
    StreamChecks(Long chainStart, Function<String, Optional<AuditPosition>> whereIsEvent) {
        this.chainStart = chainStart;
        this.whereIsEvent = whereIsEvent;
    }

    /** A stored event with no chain entry at its global index. */
    void eventOnly(StoredEvent event) {
        events++;
        Stream stream = stream(event.aggregateIdentifier());
        if (chainStart == null || event.globalIndex() < chainStart) {
            unchained++;
            stream.unchained++;
            return;
        }
        report(stream, Problem.INSERTED, event.position(), null,
                "stored after the chain began, without a chain entry");
    }

    /** A chain entry whose global index holds no event. */
    void chainOnly(ChainEntry entry) {
        Stream stream = stream(entry.aggregateIdentifier());
        continuity(stream, entry);
        Optional<AuditPosition> now = whereIsEvent.apply(entry.eventIdentifier());
        if (now.isPresent()) {
            report(stream, Problem.REORDERED, entry.position(), now.get(), "the event chained here is stored elsewhere");
        } else {
            report(stream, Problem.REMOVED, entry.position(), null, "the event chained here is no longer stored");
        }
        advance(stream, entry);
    }

    /** An event and the chain entry of its global index. */
    void both(StoredEvent event, ChainEntry entry) {
        events++;
        Stream stream = stream(entry.aggregateIdentifier());
        continuity(stream, entry);
        if (!event.eventIdentifier().equals(entry.eventIdentifier())) {
            Optional<AuditPosition> now = whereIsEvent.apply(entry.eventIdentifier());
            if (now.isPresent()) {
                report(stream, Problem.REORDERED, entry.position(), now.get(),
                        "another event is stored where this one was chained");
            } else {
                report(stream, Problem.ALTERED, entry.position(), null,
                        "the event stored here is not the one chained here");
            }
        } else if (event.sequenceNumber() != entry.sequenceNumber()
                || !event.aggregateIdentifier().equals(entry.aggregateIdentifier())) {
            report(stream, Problem.REORDERED, entry.position(), event.position(),
                    "the event chained here is stored at another position of its stream");
        } else if (!Arrays.equals(AuditHash.ofEvent(stream.lastHash, event), entry.hash())) {
            report(stream, Problem.ALTERED, entry.position(), null,
                    "the stored event no longer matches its hash");
        }
        advance(stream, entry);
    }

    long events() {
        return events;
    }

    long unchained() {
        return unchained;
    }

    long streams() {
        return streams.size();
    }

    List<AuditFinding> findings() {
        List<AuditFinding> findings = new ArrayList<>();
        streams.values().stream().filter(stream -> stream.finding != null).forEach(s -> findings.add(s.finding));
        findings.sort(Comparator.comparing((AuditFinding f) -> f.at().aggregateId())
                .thenComparingLong(f -> f.at().sequenceNumber()));
        return findings;
    }

    /** A chain entry must follow its stream's previous one (or the unchained events before the chain). */
    private void continuity(Stream stream, ChainEntry entry) {
        long expected = stream.lastSequence >= 0 ? stream.lastSequence + 1 : stream.unchained;
        if (entry.sequenceNumber() > expected) {
            report(stream, Problem.REMOVED, new AuditPosition(entry.aggregateIdentifier(), expected, null), null,
                    "the stream's chain has no entry at this sequence number: the event and its entry were deleted");
        } else if (entry.sequenceNumber() < expected) {
            report(stream, Problem.REORDERED, entry.position(), null,
                    "the stream's chain repeats or goes back to an earlier sequence number");
        }
    }

    private static void advance(Stream stream, ChainEntry entry) {
        stream.lastSequence = entry.sequenceNumber();
        stream.lastHash = entry.hash();
    }

    private static void report(Stream stream, Problem problem, AuditPosition at, AuditPosition foundAt,
                               String explanation) {
        if (stream.finding == null) {
            stream.finding = new AuditFinding(problem, at, foundAt, explanation);
        }
    }

    private Stream stream(String aggregateIdentifier) {
        return streams.computeIfAbsent(aggregateIdentifier, id -> new Stream());
    }
}
