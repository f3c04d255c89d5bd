package io.complaints.analytics.readmodel;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the code of a read model computes something the live generation does not hold (its version
 * went up: a new figure), the read models are rebuilt from the topics, so that it is computed over
 * the whole history; the operators follow the rebuild at {@code GET /api/admin/rebuild}. Done once
 * the service is ready ({@code complaints.analytics.rebuild.when-outdated}, on by default); when
 * several instances start, one rebuild runs and the others find it running.
 */
@Component
class RebuildWhenOutdated {

    private static final Logger log = LoggerFactory.getLogger(RebuildWhenOutdated.class);

    private final ReadModelVersions versions;
    private final Rebuild rebuild;
    private final Generations generations;
    private final boolean enabled;

    RebuildWhenOutdated(ReadModelVersions versions, Rebuild rebuild, Generations generations,
                        @Value("${complaints.analytics.rebuild.when-outdated:true}") boolean enabled) {
        this.versions = versions;
        this.rebuild = rebuild;
        this.generations = generations;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!enabled) {
            return;
        }
        try {
            versions.recordWhenNothingComputed(generations.live());
            rebuildIfOutdated();
        } catch (RuntimeException refused) {
            // e.g. a topic lost its beginning: the live read models stay, the operators see why
            log.error("the outdated read models could not be rebuilt; start the rebuild by hand", refused);
        }
    }

    /** Starts a rebuild when a read model is outdated and none runs; what it started, if it did. */
    Optional<RebuildProgress> rebuildIfOutdated() {
        List<String> outdated = versions.outdated();
        if (outdated.isEmpty()) {
            return Optional.empty();
        }
        log.info("read models {} compute more than the live generation holds (code {}, live {}): rebuilding",
                outdated, versions.ofTheCode(), versions.ofTheLiveGeneration());
        Optional<RebuildProgress> started = rebuild.start();
        if (started.isEmpty()) {
            log.info("a rebuild is already running; it computes the outdated read models");
        }
        return started;
    }
}
