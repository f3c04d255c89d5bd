package io.complaints.platform.mongo;

import org.bson.Document;
import org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * MongoDB health by {@code ping}, which every server and the local stand-in answer (Boot's own
 * check uses {@code hello}, which the stand-in does not know).
 */
@AutoConfiguration(after = MongoDataAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnClass(MongoTemplate.class)
public class MongoPingHealthAutoConfiguration {

    @Bean
    @ConditionalOnBean(MongoTemplate.class)
    HealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return () -> {
            Document answer = mongo.executeCommand(new Document("ping", 1));
            return Health.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", answer.get("ok")).build();
        };
    }
}
