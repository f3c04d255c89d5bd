package io.complaints.notification.delivery;

/**
 * A channel could not deliver. Its message is written for the delivery log and the logs: it never
 * holds an address, a name or any other personal data.
 */
public class SendFailure extends Exception {

    private final boolean permanent;

    private SendFailure(String reason, boolean permanent) {
        super(reason, null, false, false);
        this.permanent = permanent;
    }

    /** Worth trying again later: the server is down, timed out, answered 5xx. */
    public static SendFailure retryable(String reason) {
        return new SendFailure(reason, false);
    }

    /** Waiting does not help: no address, no consent, refused as malformed. */
    public static SendFailure permanent(String reason) {
        return new SendFailure(reason, true);
    }

    public boolean permanent() {
        return permanent;
    }
}
