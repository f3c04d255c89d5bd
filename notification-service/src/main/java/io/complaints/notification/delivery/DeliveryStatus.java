package io.complaints.notification.delivery;

/** Where a notification stands in the delivery log. */
public enum DeliveryStatus {
    /** Waiting to be sent, or to be tried again at its next attempt time. */
    PENDING,
    /** Accepted by the channel: the SMTP server took the e-mail, the webhook answered 2xx. */
    SENT,
    /** Not sent: the retry budget is spent, the failure cannot heal by waiting, or nobody is there to tell. */
    FAILED
}
