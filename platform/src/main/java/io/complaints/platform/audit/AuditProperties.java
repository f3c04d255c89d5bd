package io.complaints.platform.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail of the event store ({@code complaints.audit}).
 *
 * @param enabled         chain every stored event (off only for a store that must not be touched)
 * @param checkpointEvery a checkpoint is recorded once at least this many events were chained since the last
 * @param checkpointPoll  how often an instance looks whether a checkpoint is due ({@code 0}: never by itself)
 * @param settle          how old a chain entry must be before a checkpoint covers it: an append in flight
 *                        may still commit below a higher global index (Axon's gap timeout is 60 s)
 */
@ConfigurationProperties("complaints.audit")
public record AuditProperties(@DefaultValue("true") boolean enabled,
                              @DefaultValue("1000") long checkpointEvery,
                              @DefaultValue("1m") Duration checkpointPoll,
                              @DefaultValue("60s") Duration settle) {
}
