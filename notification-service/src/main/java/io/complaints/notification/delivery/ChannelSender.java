package io.complaints.notification.delivery;

/** Hands notifications to one channel. */
public interface ChannelSender {

    Channel channel();

    /** Delivers it; returns once the channel accepted it (the SMTP server took the e-mail, the webhook answered 2xx). */
    void send(Delivery delivery) throws SendFailure;
}
