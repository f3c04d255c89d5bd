package io.complaints.platform.kafka.deadletter;

import java.util.List;

import io.complaints.platform.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.complaints.platform.web.Problems;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The operator's view of this service's dead letters: list what is pending, inspect one, replay it
 * to its topic after a fix, or discard it with a reason. Never the records' content.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
@Validated
class DeadLetterController {

    /** Why a dead letter is dropped. */
    record Discard(@NotBlank @Size(max = 500) String reason) {
    }

    private final DeadLetters deadLetters;
    private final DeadLetterMetrics metrics;

    DeadLetterController(DeadLetters deadLetters, DeadLetterMetrics metrics) {
        this.deadLetters = deadLetters;
        this.metrics = metrics;
    }

    @GetMapping
    List<DeadLetters.Pending> list(@RequestParam(defaultValue = "100") @Min(0) @Max(1000) int limit) {
        return deadLetters.list(limit);
    }

    @GetMapping("/{topic}/{partition}/{offset}")
    ResponseEntity<?> inspect(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        var position = new DeadLetter.Position(topic, partition, offset);
        return Problems.okOrNotFound(deadLetters.inspect(position), "No such dead letter", notFound(position));
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    DeadLetterDecision replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
                              Actor operator) {
        DeadLetterDecision decision = deadLetters.replay(new DeadLetter.Position(topic, partition, offset), operator.id());
        metrics.refresh();
        return decision;
    }

    @PostMapping("/{topic}/{partition}/{offset}/discard")
    DeadLetterDecision discard(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
                               @Valid @RequestBody Discard discard, Actor operator) {
        DeadLetterDecision decision = deadLetters.discard(new DeadLetter.Position(topic, partition, offset),
                discard.reason().strip(), operator.id());
        metrics.refresh();
        return decision;
    }

    @ExceptionHandler(DeadLetters.NoSuchDeadLetter.class)
    ResponseEntity<?> noSuchDeadLetter(DeadLetters.NoSuchDeadLetter missing) {
        return Problems.notFound("No such dead letter", missing.getMessage());
    }

    private static String notFound(DeadLetter.Position position) {
        return new DeadLetters.NoSuchDeadLetter(position).getMessage();
    }
}
