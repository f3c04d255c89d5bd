package io.complaints.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.complaints.events.Topics;
import io.complaints.platform.PlatformDefaults;
import io.complaints.testsupport.Infrastructure;

/**
 * History is kept forever: every topic a service declares keeps its records without a time or size
 * limit, and a topic that already exists with the broker's 7-day default is corrected when the
 * service starts. Over the real broker of the test support.
 */
class TopicRetentionTest {

    private static final String SEVEN_DAYS = String.valueOf(7L * 24 * 3600 * 1000);

    private final String kafka = Infrastructure.shared().kafkaBootstrapServers();
    private final String published = "retention-published-" + UUID.randomUUID();
    private final String consumed = "retention-consumed-" + UUID.randomUUID();
    private final String deadLetters = Topics.deadLetter(consumed, "retention-test");

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(context -> new PlatformDefaults().postProcessEnvironment(context.getEnvironment(), null))
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaEdgeAutoConfiguration.class))
            .withPropertyValues("spring.application.name=retention-test",
                    "spring.kafka.bootstrap-servers=" + kafka,
                    "complaints.kafka.partitions=2",
                    "complaints.kafka.publishes=" + published,
                    "complaints.kafka.consumes[0]=" + consumed);

    @Test
    void declaredTopicsKeepEveryRecordForever() throws Exception {
        service.run(context -> assertThat(context).hasNotFailed());

        try (Admin admin = admin()) {
            for (String topic : List.of(published, consumed, deadLetters)) {
                assertThat(retention(admin, topic)).as(topic).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
                        .containsEntry(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
            }
        }
    }

    @Test
    void aTopicThatExistsWithAFiniteRetentionIsCorrectedAtStartUp() throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(consumed, Optional.of(2), Optional.empty())
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, SEVEN_DAYS)))).all().get();
            assertThat(retention(admin, consumed)).containsEntry(TopicConfig.RETENTION_MS_CONFIG, SEVEN_DAYS);

            service.run(context -> assertThat(context).hasNotFailed());

            assertThat(retention(admin, consumed)).containsEntry(TopicConfig.RETENTION_MS_CONFIG, "-1")
                    .containsEntry(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
    }

    private static Map<String, String> retention(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, config.get(TopicConfig.RETENTION_MS_CONFIG).value(),
                TopicConfig.RETENTION_BYTES_CONFIG, config.get(TopicConfig.RETENTION_BYTES_CONFIG).value());
    }
}
