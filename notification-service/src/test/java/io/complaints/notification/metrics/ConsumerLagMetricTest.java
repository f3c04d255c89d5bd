package io.complaints.notification.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.complaints.events.Topics;
import io.complaints.notification.Events;
import io.complaints.notification.ServiceTest;

/**
 * Operators see how far each consumer is behind its topics: the Kafka client's records-lag metrics
 * are on the service's Prometheus endpoint, per topic and partition (the KafkaConsumerLagHigh alert and
 * the dashboards read them).
 */
class ConsumerLagMetricTest extends ServiceTest {

    @Test
    void theConsumersLagPerTopicIsOnThePrometheusEndpoint() {
        publish(Topics.INTAKE, new Events(Events.SH_PD).received(3));

        // the Kafka client's metrics are bound when the consumer starts and looked for again every minute,
        // so a partition assigned later shows within a minute of its first fetch
        // the Kafka client's metrics are bound when the consumer starts and looked for again every minute,
        // so a partition assigned later shows within a minute of its first fetch. Kafka writes the topic
        // in a metric's tags with underscores for dots.
        String topicTag = "topic=\"" + Topics.INTAKE.replace('.', '_') + "\"";
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            HttpResponse<String> scrape = get("/actuator/prometheus", operatorOfHeadquarters());
            assertThat(scrape.statusCode()).isEqualTo(200);
            List<String> lag = scrape.body().lines()
                    .filter(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag"))
                    .filter(line -> line.contains("application=\"notification-service\"")).toList();
            assertThat(lag).as("the lag per partition of %s", Topics.INTAKE)
                    .anyMatch(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag{") && line.contains(topicTag));
            assertThat(lag).as("the highest lag of each consumer, which the KafkaConsumerLagHigh alert reads")
                    .anyMatch(line -> line.startsWith("kafka_consumer_fetch_manager_records_lag_max{"));
        });
    }
}
