package io.complaints.intake.portal;

import java.time.Duration;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the portal's e-mails straight to the SMTP server notification-service uses ({@code spring.mail.*}):
 * the one-time code that proves the address, and the registration number with the tracking code after
 * filing. Sent while the complainant waits, so that they know at once when it could not be sent; the
 * codes are never logged.
 */
@Component
class CodeMail {

    private final JavaMailSender mail;
    private final PortalProperties properties;

    CodeMail(JavaMailSender mail, PortalProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    void sendEmailCode(String to, String code, Duration validFor) {
        long minutes = validFor.toMinutes();
        send(to, "投诉验证码 / Your complaint verification code",
                "您的验证码是 " + code + "，" + minutes + " 分钟内有效。如非本人操作，请忽略本邮件。\n\n"
                        + "Your verification code is " + code + ", valid for " + minutes + " minutes. "
                        + "If you did not ask for it, ignore this e-mail.");
    }

    void sendTrackingCode(String to, String registrationNumber, String trackingCode) {
        send(to, "投诉已受理 " + registrationNumber + " / Complaint received " + registrationNumber,
                "登记编号 / Registration number: " + registrationNumber + "\n"
                        + "查询码 / Tracking code: " + trackingCode + "\n\n"
                        + "凭登记编号和查询码可在投诉服务页面查看处理进度。请妥善保管查询码，勿转告他人。\n"
                        + "With the registration number and the tracking code you can follow the complaint on the "
                        + "complaints page. Keep the tracking code to yourself.");
    }

    private void send(String to, String subject, String text) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
        } catch (MailException unsent) {
            throw new MailNotSent(unsent);
        }
    }

    /** The SMTP server did not take the e-mail: 503, try again. */
    static final class MailNotSent extends RuntimeException {
        MailNotSent(Throwable cause) {
            super("the e-mail could not be sent", cause);
        }
    }
}
