package io.complaints.platform.security;

/** An endpoint that needs the actor was reached without a signed-in caller: answered with 401. */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("A valid access token is required");
    }
}
