package io.complaints.e2e.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The smallest SMTP server for the system under test: accepts every message on 127.0.0.1 and keeps its
 * recipients and decoded text (base64 or quoted-printable, UTF-8), so that a test reads the e-mail a
 * person would. Nothing is relayed.
 */
public final class MailCatcher implements AutoCloseable {

    /** One message as its recipient reads it. */
    public record Mail(List<String> to, String text) {
    }

    private final ServerSocket server;
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final List<Mail> caught = new CopyOnWriteArrayList<>();

    public MailCatcher() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        sessions.submit(this::acceptConnections);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The messages to this address so far, oldest first. */
    public List<Mail> to(String address) {
        return caught.stream().filter(mail -> mail.to().contains(address.toLowerCase(Locale.ROOT))).toList();
    }

    private void acceptConnections() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sessions.submit(() -> session(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void session(Socket client) {
        try (client; var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 catcher");
            List<String> to = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("RCPT TO:")) {
                    to.add(line.substring(line.indexOf('<') + 1, line.indexOf('>')).toLowerCase(Locale.ROOT));
                    reply(out, "250 ok");
                } else if (command.equals("DATA")) {
                    reply(out, "354 end with .");
                    List<String> message = new ArrayList<>();
                    while (!(line = in.readLine()).equals(".")) {
                        message.add(line.startsWith("..") ? line.substring(1) : line);
                    }
                    caught.add(new Mail(List.copyOf(to), decoded(message)));
                    to.clear();
                    reply(out, "250 ok");
                } else if (command.equals("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 ok");
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the client went away: nothing to keep
        }
    }

    /** The text part of a single-part message, decoded by its transfer encoding. */
    private static String decoded(List<String> message) {
        int blank = message.indexOf("");
        String headers = String.join("\n", message.subList(0, Math.max(blank, 0))).toLowerCase(Locale.ROOT);
        List<String> body = message.subList(blank + 1, message.size());
        if (headers.contains("content-transfer-encoding: base64")) {
            return new String(Base64.getMimeDecoder().decode(String.join("", body)), StandardCharsets.UTF_8);
        }
        if (headers.contains("content-transfer-encoding: quoted-printable")) {
            return quotedPrintable(body);
        }
        return String.join("\n", body);
    }

    private static String quotedPrintable(List<String> lines) {
        var bytes = new java.io.ByteArrayOutputStream();
        for (String line : lines) {
            boolean soft = line.endsWith("=");
            String text = soft ? line.substring(0, line.length() - 1) : line;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '=' && i + 2 < text.length()) {
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.write(c);
                }
            }
            if (!soft) {
                bytes.write('\n');
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        sessions.shutdownNow();
    }
}
