package io.complaints.platform.limits;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.complaints.platform.security.ActorAuthentication;

/**
 * Each caller's requests are metered by a token bucket (Bucket4j): a signed-in actor by its id, any
 * other caller by its address. Past its allowance a caller gets 429 with {@code Retry-After}.
 * Health probes are not metered. The allowance is per instance.
 */
public final class RequestRateLimitFilter extends OncePerRequestFilter {

    private final LimitsProperties limits;
    private final RefusalWriter refusals;
    private final Cache<String, Bucket> buckets;

    public RequestRateLimitFilter(LimitsProperties limits, RefusalWriter refusals) {
        this.limits = limits;
        this.refusals = refusals;
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limits.idleCallers()).maximumSize(200_000).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = buckets.get(callerOf(request), key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            refusals.tooManyRequests(response, new TooManyRequestsException(
                    "more than " + limits.requestsPerSecond() + " requests per second from this caller",
                    Duration.ofNanos(probe.getNanosToWaitForRefill())));
            return;
        }
        chain.doFilter(request, response);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limits.burst())
                        .refillGreedy(limits.requestsPerSecond(), Duration.ofSeconds(1)).build())
                .build();
    }

    private static String callerOf(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof ActorAuthentication signedIn) {
            return "actor:" + signedIn.getPrincipal().id();
        }
        return "address:" + request.getRemoteAddr();
    }
}
