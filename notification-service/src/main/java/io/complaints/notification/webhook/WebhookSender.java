package io.complaints.notification.webhook;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.complaints.notification.delivery.Channel;
import io.complaints.notification.delivery.ChannelSender;
import io.complaints.notification.delivery.Delivery;
import io.complaints.notification.delivery.FailureText;
import io.complaints.notification.delivery.SendFailure;
import io.complaints.notification.directory.Directory;
import io.complaints.notification.directory.Person;
import io.complaints.notification.template.Message;
import io.complaints.notification.template.Templates;
import io.complaints.platform.tracing.EventTracing;

/**
 * Posts a notification to the recipient's webhook endpoint: a JSON body signed with the endpoint's
 * secret (see {@link Signature}), with timestamp and delivery id headers. A 2xx answer is acceptance;
 * 5xx, 408, 425, 429 and network trouble are tried again with backoff; any other answer is final.
 * The request carries the trace context of the attempt ({@code traceparent}, W3C Trace Context), so
 * that a receiver that traces continues the complaint's trace.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookSender implements ChannelSender {

    private static final Set<Integer> WORTH_RETRYING = Set.of(408, 425, 429);

    private final WebhookProperties properties;
    private final Directory directory;
    private final Templates templates;
    private final ObjectMapper json;
    private final Clock clock;
    private final EventTracing tracing;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(WebhookProperties properties, Directory directory, Templates templates, ObjectMapper json, Clock clock,
                  EventTracing tracing) {
        this.properties = properties;
        this.directory = directory;
        this.templates = templates;
        this.json = json;
        this.clock = clock;
        this.tracing = tracing;
        List<String> unknown = directory.people().stream().map(Person::webhook)
                .filter(name -> name != null && !properties.endpoints().containsKey(name)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("complaints.notifications.directory names webhook endpoints that "
                    + "complaints.notifications.webhooks.endpoints does not configure: " + unknown);
        }
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public void send(Delivery delivery) throws SendFailure {
        Person person = directory.person(delivery.recipientId())
                .orElseThrow(() -> SendFailure.permanent("the recipient is no longer in the directory"));
        WebhookProperties.Endpoint endpoint = person.webhook() == null ? null : properties.endpoints().get(person.webhook());
        if (endpoint == null) {
            throw SendFailure.permanent("the recipient has no webhook endpoint any more");
        }
        byte[] body = body(delivery);
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.url()).timeout(endpoint.timeout())
                .header("Content-Type", "application/json")
                .header(Signature.TIMESTAMP_HEADER, timestamp)
                .header(Signature.DELIVERY_HEADER, delivery.id())
                .header(Signature.SIGNATURE_HEADER, Signature.sign(endpoint.secret(), timestamp, body));
        tracing.currentContext().forEach(request::header);
        int status = post(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), person.webhook());
        if (status / 100 != 2) {
            String failure = "webhook '" + person.webhook() + "' answered " + status;
            throw status >= 500 || WORTH_RETRYING.contains(status) ? SendFailure.retryable(failure)
                    : SendFailure.permanent(failure);
        }
    }

    private int post(HttpRequest request, String endpointName) throws SendFailure {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw SendFailure.retryable("webhook '" + endpointName + "' unreachable: " + FailureText.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SendFailure.retryable("interrupted while posting to webhook '" + endpointName + "'");
        }
    }

    private byte[] body(Delivery delivery) {
        Message message = templates.render(delivery.template(), delivery.language(), delivery.fields());
        var payload = new WebhookPayload(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.eventTime(),
                delivery.rule(), delivery.complaintId(), delivery.registrationNumber(),
                new WebhookPayload.Recipient(delivery.recipientId(), delivery.recipientRole(), delivery.recipientUnit()),
                delivery.language().tag(), message.subject(), message.body(), delivery.fields());
        try {
            return json.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload is plain data", e);
        }
    }
}
