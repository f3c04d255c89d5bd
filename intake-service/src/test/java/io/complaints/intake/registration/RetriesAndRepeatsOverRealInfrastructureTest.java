package io.complaints.intake.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.complaints.intake.support.IntakeHttp;
import io.complaints.intake.support.RunningIntake;

/** Idempotent retries and repeat complaints, over real PostgreSQL. */
class RetriesAndRepeatsOverRealInfrastructureTest extends RunningIntake {

    @Autowired
    private EventStore events;

    @Test
    void aRetryWithTheSameKeyAnswersTheFirstRegistrationAndRegistersNothingNew() {
        String key = "retry-" + UUID.randomUUID();
        String form = IntakeHttp.form("SH-PD", 3, "13512340000", "DELIVERY");

        ResponseEntity<Registration> first = http().post("/api/complaints", form, key, Registration.class);
        ResponseEntity<Registration> retry = http().post("/api/complaints", form, key, Registration.class);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(events.readEvents(first.getBody().complaintId()).asStream().count()).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneKeyRegisterOnce() throws Exception {
        String key = "burst-" + UUID.randomUUID();
        String form = IntakeHttp.form("SH-XH", 3, "13512340001", "DELIVERY");
        List<Callable<ResponseEntity<Registration>>> retries = IntStream.range(0, 6)
                .<Callable<ResponseEntity<Registration>>>mapToObj(i ->
                        () -> http().post("/api/complaints", form, key, "SH-XH", Registration.class))
                .toList();

        List<Registration> answers;
        try (ExecutorService clients = Executors.newFixedThreadPool(6)) {
            answers = clients.invokeAll(retries).stream().map(RetriesAndRepeatsOverRealInfrastructureTest::body).toList();
        }

        assertThat(answers).extracting(Registration::complaintId).containsOnly(answers.getFirst().complaintId());
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        String key = "reused-" + UUID.randomUUID();
        http().post("/api/complaints", IntakeHttp.form("SH-PD", 3, "13512340002", "DELIVERY"), key, Registration.class);

        ResponseEntity<String> refused = http().post("/api/complaints",
                IntakeHttp.form("SH-PD", 2, "13512340002", "DELIVERY"), key, String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("Idempotency-Key", "same-request");
    }

    @Test
    void theSameComplainantOnTheSameMatterAgainIsARepeatLinkedToTheFirst() {
        String phone = "1351234" + String.format("%04d", (int) (Math.random() * 10_000));
        Registration first = http().post("/api/complaints", IntakeHttp.form("BJ-CY", 3, phone, "CONTRACT"), null,
                "BJ-CY", Registration.class).getBody();

        Registration second = http().post("/api/complaints", IntakeHttp.form("BJ-CY", 3, "+86 " + phone, "CONTRACT"),
                null, "BJ-CY", Registration.class).getBody();
        Registration otherMatter = http().post("/api/complaints", IntakeHttp.form("BJ-CY", 3, phone, "SAFETY"), null,
                "BJ-CY", Registration.class).getBody();

        assertThat(first.priority()).isFalse();
        assertThat(first.repeatOf()).isNull();
        assertThat(second.priority()).isTrue();
        assertThat(second.repeatOf()).isEqualTo(first.registrationNumber());
        assertThat(otherMatter.repeatOf()).isNull();
    }

    private static ResponseEntity<Registration> get(Future<ResponseEntity<Registration>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static Registration body(Future<ResponseEntity<Registration>> future) {
        ResponseEntity<Registration> answer = get(future);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return answer.getBody();
    }
}
