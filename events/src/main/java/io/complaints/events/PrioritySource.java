package io.complaints.events;

/** Why a complaint is handled with priority (优先处理), whatever its level. */
public enum PrioritySource {
    GOVERNMENT, REGULATOR, CONSUMER_ASSOCIATION, MEDIA, VULNERABLE_GROUP, KEY_ACCOUNT, HQ_TRANSFERRED,
    /** A second complaint of the same complainant on the same matter (二次投诉); set by intake. */
    REPEAT_COMPLAINT
}
