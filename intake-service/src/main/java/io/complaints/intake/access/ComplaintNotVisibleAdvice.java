package io.complaints.intake.access;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.complaints.platform.web.Problems;

/** 404 problem+json for a complaint that does not exist or lies outside the caller's subtree. */
@RestControllerAdvice
class ComplaintNotVisibleAdvice {

    @ExceptionHandler(ComplaintNotVisible.class)
    ResponseEntity<ProblemDetail> notVisible(ComplaintNotVisible notVisible) {
        return Problems.notFound("Complaint not found", notVisible.getMessage());
    }
}
