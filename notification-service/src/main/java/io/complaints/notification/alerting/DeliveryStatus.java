package io.complaints.notification.alerting;

/** Where a notification stands. Delivery by e-mail, webhook and live feed comes with the channels. */
public enum DeliveryStatus {
    /** Decided and logged; not yet handed to a channel. */
    RECORDED
}
