package io.complaints.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** An in-process SMTP server (GreenMail) on a fixed port of this test run, that a test can stop and start again. */
public final class TestSmtp {

    public static final int PORT = freePort();

    private static GreenMail server;

    private TestSmtp() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The e-mails received since the server was last started that carry one of these delivery ids. */
    public static synchronized List<MimeMessage> received(java.util.Collection<String> deliveryIds) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(message -> deliveryIds.contains(deliveryId(message)))
                .toList();
    }

    public static String deliveryId(MimeMessage message) {
        try {
            return message.getHeader("X-Complaints-Delivery", null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
