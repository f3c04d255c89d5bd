package io.complaints.intake.portal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP server as the tests see it: every e-mail the portal sent, and the codes in them. */
class Mailbox extends JavaMailSenderImpl {

    private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(SimpleMailMessage... messages) {
        sent.addAll(List.of(messages));
    }

    /** The last e-mail code sent to the address. */
    String lastEmailCode(String to) {
        return last(to, Pattern.compile("验证码是 ([0-9]{6})"));
    }

    /** The last tracking code sent to the address. */
    String lastTrackingCode(String to) {
        return last(to, Pattern.compile("Tracking code: ([A-Z0-9-]+)"));
    }

    int sentTo(String to) {
        return (int) sent.stream().filter(message -> List.of(message.getTo()).contains(to)).count();
    }

    private String last(String to, Pattern pattern) {
        String found = null;
        for (SimpleMailMessage message : sent) {
            Matcher matcher = pattern.matcher(message.getText());
            if (List.of(message.getTo()).contains(to) && matcher.find()) {
                found = matcher.group(1);
            }
        }
        if (found == null) {
            throw new AssertionError("no such e-mail to the address");
        }
        return found;
    }
}
