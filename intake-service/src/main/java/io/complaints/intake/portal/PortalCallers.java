package io.complaints.intake.portal;

import java.time.Duration;

import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.complaints.platform.limits.TooManyRequestsException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who calls the portal, by address, and how often: anyone may, so each address gets
 * {@code requestsPerMinute} portal requests (Bucket4j, per instance) and 429 beyond. Behind the gateway
 * (a trusted proxy) the caller is the address the gateway appended last to {@code X-Forwarded-For};
 * a value a client wrote there itself comes before it and is not believed.
 */
@Component
class PortalCallers {

    private final PortalProperties properties;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000).build();

    PortalCallers(PortalProperties properties) {
        this.properties = properties;
    }

    /** The caller's address; counts the request, 429 past the caller's allowance. */
    String admit(HttpServletRequest request) {
        String caller = addressOf(request);
        ConsumptionProbe probe = buckets.get(caller, key -> Bucket.builder()
                        .addLimit(Bandwidth.builder().capacity(properties.requestsPerMinute())
                                .refillGreedy(properties.requestsPerMinute(), Duration.ofMinutes(1)).build())
                        .build())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new TooManyRequestsException("too many portal requests from this address",
                    Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        return caller;
    }

    String addressOf(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !properties.trustedProxies().contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }
}
