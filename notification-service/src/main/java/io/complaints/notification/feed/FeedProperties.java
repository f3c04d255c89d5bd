package io.complaints.notification.feed;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The live feed ({@code complaints.notifications.feed}).
 *
 * @param pollInterval how often new notices are looked for while someone listens
 * @param overlap      how far back each look reaches, for notices written late or by an instance whose
 *                     clock is behind; notices already shown are not shown again
 * @param heartbeat    how often an idle stream gets a comment line, so that proxies keep it open
 * @param timeout      how long one stream lasts before the client reconnects (EventSource does so by itself)
 * @param perCaller    how many streams one caller may hold open at once on one instance; more get 429
 * @param perInstance  how many streams one instance holds open at once, whoever the callers; more get 429
 */
@ConfigurationProperties("complaints.notifications.feed")
public record FeedProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("10s") Duration overlap,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("30m") Duration timeout,
        @DefaultValue("3") int perCaller,
        @DefaultValue("500") int perInstance) {
}
