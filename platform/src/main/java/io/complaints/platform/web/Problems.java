package io.complaints.platform.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** problem+json answers the services give for things that do not exist. */
public final class Problems {

    private Problems() {
    }

    /** 404 with a problem body: {@code title} names what was not found, {@code detail} says by what. */
    public static ResponseEntity<ProblemDetail> notFound(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** 200 with the value, or the 404 problem. */
    public static ResponseEntity<?> okOrNotFound(Optional<?> value, String title, String detail) {
        return value.<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(title, detail));
    }
}
