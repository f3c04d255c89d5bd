package io.complaints.handling.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;

import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;

/**
 * A deadline whose firing failed (its database restarting) is tried again within seconds, not after
 * db-scheduler's default 5 minutes; it keeps Axon's task name, so deadlines already stored still fire.
 */
class DeadlineTaskConfigurationTest {

    private final Task<DbSchedulerBinaryDeadlineDetails> task = DeadlineTaskConfiguration.retriedSoon(
            DbSchedulerDeadlineManager.binaryTask(() -> mock(DbSchedulerDeadlineManager.class)));

    @Test
    void aFailedFiringIsTriedAgainWithinSecondsUnderAxonsTaskName() {
        assertThat(task.getName()).isEqualTo("AxonDeadline");
        Instant failedAt = Instant.parse("2026-12-06T02:28:56Z");
        ExecutionComplete failed = mock(ExecutionComplete.class);
        Execution execution = mock(Execution.class);
        when(failed.getExecution()).thenReturn(execution);
        when(failed.getTimeDone()).thenReturn(failedAt);
        @SuppressWarnings("unchecked")
        ExecutionOperations<DbSchedulerBinaryDeadlineDetails> operations = mock(ExecutionOperations.class);

        task.getFailureHandler().onFailure(failed, operations);

        ArgumentCaptor<Instant> next = ArgumentCaptor.forClass(Instant.class);
        verify(operations).reschedule(eq(failed), next.capture());
        assertThat(Duration.between(failedAt, next.getValue())).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
    }
}
