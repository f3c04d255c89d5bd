package io.complaints.events;

/** How a complaint reached the organisation. */
public enum Channel {
    PHONE, HOTLINE, VISIT, LETTER, EMAIL, WEBSITE, ONLINE_CHAT, SOCIAL_MEDIA,
    GOVERNMENT_HOTLINE, CONSUMER_ASSOCIATION, MEDIA, OTHER
}
