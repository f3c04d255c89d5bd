package io.complaints.analytics.printing;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A PDF that cannot be printed on this machine is a problem the operator can fix, not a crash. */
@RestControllerAdvice
public class PrintingProblems {

    static final URI NO_CJK_FONT = URI.create("urn:complaints:problem:no-cjk-font");

    @ExceptionHandler(NoCjkFontException.class)
    ResponseEntity<ProblemDetail> noFont(NoCjkFontException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setType(NO_CJK_FONT);
        problem.setTitle("No font to print Chinese text with");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
