package io.complaints.events;

import java.util.Map;

/** Why a complaint is handled with priority (优先处理), whatever its level. */
public enum PrioritySource {
    GOVERNMENT, REGULATOR, CONSUMER_ASSOCIATION, MEDIA, VULNERABLE_GROUP, KEY_ACCOUNT, HQ_TRANSFERRED,
    /** A second complaint of the same complainant on the same matter (二次投诉); set by intake. */
    REPEAT_COMPLAINT;

    /**
     * The priority a complaint's channel brings by itself (DOMAIN.md, "Priority"): one that arrived by the
     * government hotline (12345), a consumer association (消协) or the media is priority, as one they transferred
     * is. Intake records it with the complaint ({@code channelPriority}); for events published before it did,
     * the contract derives it from here, so that every reader agrees.
     */
    public static final Map<Channel, PrioritySource> BY_CHANNEL = Map.of(
            Channel.GOVERNMENT_HOTLINE, GOVERNMENT,
            Channel.CONSUMER_ASSOCIATION, CONSUMER_ASSOCIATION,
            Channel.MEDIA, MEDIA);
}
