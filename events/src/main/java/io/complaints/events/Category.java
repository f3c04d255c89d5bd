package io.complaints.events;

/** What a complaint is about. */
public enum Category {
    PRODUCT_QUALITY, SERVICE_QUALITY, DELIVERY, BILLING, STAFF_CONDUCT, SAFETY, CONTRACT, OTHER
}
