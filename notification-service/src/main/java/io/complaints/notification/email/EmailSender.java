package io.complaints.notification.email;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import io.complaints.notification.complainant.ComplainantContact;
import io.complaints.notification.complainant.IntakeContacts;
import io.complaints.notification.delivery.Channel;
import io.complaints.notification.delivery.ChannelSender;
import io.complaints.notification.delivery.Delivery;
import io.complaints.notification.delivery.FailureText;
import io.complaints.notification.delivery.SendFailure;
import io.complaints.notification.directory.Directory;
import io.complaints.notification.directory.Person;
import io.complaints.notification.template.Message;
import io.complaints.notification.template.Templates;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends a notification as an e-mail over SMTP, in the recipient's language. The address is looked up
 * at send time (the directory for staff, intake for the complainant) and used for this one message
 * only: it is never stored, logged or put in the delivery log. Each e-mail carries the delivery's id
 * in the {@code X-Complaints-Delivery} header.
 */
@Component
@EnableConfigurationProperties(EmailProperties.class)
class EmailSender implements ChannelSender {

    static final String DELIVERY_HEADER = "X-Complaints-Delivery";

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    /**
     * Jakarta Mail looks up its stream provider with a ServiceLoader on every header it encodes and every
     * message it writes (jakartaee/mail-api#861); inside the service's jar that search of the class path
     * took a quarter of the senders' CPU. Naming the provider (the one the jar ships) spares the search.
     */
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null && isPresent(ANGUS_STREAM_PROVIDER)) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    private final JavaMailSender mail;
    private final Templates templates;
    private final Directory directory;
    private final IntakeContacts contacts;
    private final EmailProperties properties;

    EmailSender(JavaMailSender mail, Templates templates, Directory directory, IntakeContacts contacts,
                EmailProperties properties) {
        this.mail = mail;
        this.templates = templates;
        this.directory = directory;
        this.contacts = contacts;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws SendFailure {
        String address = addressOf(delivery);
        Message message = templates.render(delivery.template(), delivery.language(), delivery.fields());
        try {
            mail.send(mimeMessage(delivery.id(), address, message));
        } catch (MailParseException | MailPreparationException malformed) {
            throw SendFailure.permanent("the e-mail could not be written: " + FailureText.of(malformed));
        } catch (MailException refused) {
            throw SendFailure.retryable("SMTP: " + FailureText.of(refused));
        }
    }

    private String addressOf(Delivery delivery) throws SendFailure {
        if (delivery.toComplainant()) {
            ComplainantContact contact = contacts.contactOf(delivery.complainantReference());
            if (!contact.reachableByEmail()) {
                throw SendFailure.permanent("the complainant has no e-mail address or no consent to be contacted now");
            }
            return contact.email();
        }
        Person person = directory.person(delivery.recipientId())
                .orElseThrow(() -> SendFailure.permanent("the recipient is no longer in the directory"));
        if (person.email() == null) {
            throw SendFailure.permanent("the recipient has no e-mail address in the directory any more");
        }
        return person.email();
    }

    /**
     * Writes one e-mail nowhere and loads the SMTP transport once the service is up, before it reports
     * ready: on a busy machine loading and initialising Jakarta Mail took seconds, which the first alerts
     * after a start waited for.
     */
    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        try {
            MimeMessage mime = mimeMessage("prepare", properties.from(), new Message("【重大投诉】 [Major complaint]", "—"));
            mime.saveChanges();
            mime.writeTo(OutputStream.nullOutputStream());
            if (mail instanceof JavaMailSenderImpl sender) {
                sender.getSession().getTransport("smtp");
            }
        } catch (MessagingException | IOException | RuntimeException notPrepared) {
            log.info("e-mail not prepared at start-up, the first one prepares it: {}", FailureText.of(notPrepared));
        }
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, EmailSender.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException absent) {
            return false;
        }
    }

    private MimeMessage mimeMessage(String deliveryId, String address, Message message) {
        MimeMessage mime = mail.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(address);
            helper.setSubject(message.subject());
            helper.setText(message.body());
            mime.setHeader(DELIVERY_HEADER, deliveryId);
        } catch (MessagingException e) {
            throw new MailPreparationException("the e-mail could not be written", e);
        }
        return mime;
    }
}
