package io.complaints.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The smallest SMTP server that accepts every message on 127.0.0.1 and notes when it accepted it
 * (the moment it answers 250 to the end of the message), its decoded subject and its envelope
 * recipients (the organisation's staff addresses of the directory). Nothing is kept of the message
 * but that; nothing is relayed.
 */
final class SmtpSink implements AutoCloseable {

    /** One accepted message. */
    record Accepted(Instant at, String subject, List<String> recipients) {
    }

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=");

    private final ServerSocket server;
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final List<Accepted> accepted = new CopyOnWriteArrayList<>();

    SmtpSink(int port) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        sessions.submit(this::acceptConnections);
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted);
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
            reply(out, "220 localhost benchmark sink");
            List<String> recipients = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO", "HELO" -> reply(out, "250 localhost");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 ok");
                    }
                    case "RCPT" -> {
                        recipients.add(line.substring(line.indexOf(':') + 1).trim());
                        reply(out, "250 ok");
                    }
                    case "DATA" -> {
                        reply(out, "354 end with <CRLF>.<CRLF>");
                        String subject = readMessage(in);
                        accepted.add(new Accepted(Instant.now(), subject, List.copyOf(recipients)));
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (IOException ignored) {
            // the client went away: nothing to note
        }
    }

    /** Reads to the lone dot and returns the decoded Subject header (empty when there is none). */
    private static String readMessage(BufferedReader in) throws IOException {
        List<String> headers = new ArrayList<>();
        boolean inHeaders = true;
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            if (!inHeaders) {
                continue;
            }
            if (line.isEmpty()) {
                inHeaders = false;
            } else if ((line.startsWith(" ") || line.startsWith("\t")) && !headers.isEmpty()) {
                headers.set(headers.size() - 1, headers.getLast() + " " + line.strip());
            } else {
                headers.add(line);
            }
        }
        return headers.stream().filter(h -> h.regionMatches(true, 0, "Subject:", 0, 8)).findFirst()
                .map(h -> decode(h.substring(8).strip())).orElse("");
    }

    /** RFC 2047 encoded words, B and Q. */
    static String decode(String header) {
        Matcher word = ENCODED_WORD.matcher(header.replaceAll("\\?=\\s+=\\?", "?==?"));
        StringBuilder decoded = new StringBuilder();
        while (word.find()) {
            byte[] bytes = word.group(2).equalsIgnoreCase("B")
                    ? Base64.getDecoder().decode(word.group(3))
                    : quoted(word.group(3));
            word.appendReplacement(decoded, Matcher.quoteReplacement(
                    new String(bytes, java.nio.charset.Charset.forName(word.group(1)))));
        }
        word.appendTail(decoded);
        return decoded.toString();
    }

    private static byte[] quoted(String text) {
        var bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
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
