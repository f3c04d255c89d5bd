package io.complaints.handling.config;

import java.time.Duration;

import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The persistent task that fires a case's deadlines: Axon's own, retried within seconds when it
 * fails. A deadline falling due while PostgreSQL restarts fails to record its miss; db-scheduler's
 * default for a one-time task is to try again 5 minutes later, so the miss (and the escalation it
 * causes) would be that late. Here it is tried again after {@link #FIRST_RETRY}, then at doubling
 * intervals, never given up.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineTaskConfiguration {

    static final Duration FIRST_RETRY = Duration.ofSeconds(2);

    /** Replaces Axon's task of the same qualifier (Axon backs off when one is there). */
    @Bean
    @Qualifier("deadlineDetailsTask")
    Task<DbSchedulerBinaryDeadlineDetails> deadlineDetailsTask(ApplicationContext context) {
        return retriedSoon(DbSchedulerDeadlineManager.binaryTask(() -> context.getBean(DbSchedulerDeadlineManager.class)));
    }

    static Task<DbSchedulerBinaryDeadlineDetails> retriedSoon(Task<DbSchedulerBinaryDeadlineDetails> axonTask) {
        return Tasks.oneTime(axonTask.getName(), DbSchedulerBinaryDeadlineDetails.class)
                .onFailure(new FailureHandler.ExponentialBackoffFailureHandler<>(FIRST_RETRY, 2.0))
                .execute((instance, execution) -> axonTask.execute(instance, execution));
    }
}
