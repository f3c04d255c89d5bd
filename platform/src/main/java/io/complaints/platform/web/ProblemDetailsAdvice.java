package io.complaints.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.complaints.platform.NotPermittedException;
import io.complaints.platform.RuleViolation;
import io.complaints.platform.RulesViolatedException;
import io.complaints.platform.limits.BodySizeLimitFilter;
import io.complaints.platform.limits.RefusalWriter;
import io.complaints.platform.limits.TooManyRequestsException;
import io.complaints.platform.security.NotSignedInException;
import io.complaints.platform.security.SecurityProblems;
import io.complaints.platform.text.PlainTextModule;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 7807 problem+json for every refusal, naming each failing field and the rule it breaks.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    public static final URI INVALID_REQUEST = URI.create("urn:complaints:problem:invalid-request");
    public static final URI RULE_VIOLATED = URI.create("urn:complaints:problem:rule-violated");
    public static final URI NOT_PERMITTED = URI.create("urn:complaints:problem:not-permitted");

    private static final Pattern FIELD_NAME = Pattern.compile("[\\p{L}\\p{N}_$-]{1,64}");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<RuleViolation> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new RuleViolation(e.getField(), e.getCode(), e.getDefaultMessage()))
                .sorted(Comparator.comparing(RuleViolation::field).thenComparing(RuleViolation::rule))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeLimitFilter.BodyTooLargeException tooLarge) {
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                        .body(RefusalWriter.payloadTooLarge(tooLarge.maxBytes()));
            }
        }
        return ResponseEntity.badRequest().body(invalid(List.of(describe(ex.getCause()))));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<RuleViolation> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String[] codes = error.getCodes();
                String rule = codes == null || codes.length == 0 ? "invalid" : codes[codes.length - 1];
                errors.add(new RuleViolation(name, rule, error.getDefaultMessage()));
            }
        }
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return ResponseEntity.badRequest()
                .body(invalid(List.of(new RuleViolation(ex.getParameterName(), "required", "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        Class<?> type = ex.getRequiredType();
        String message = type != null && type.isEnum()
                ? "must be one of: " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : "has the wrong type or format";
        return ResponseEntity.badRequest().body(invalid(List.of(new RuleViolation(ex.getPropertyName(),
                type != null && type.isEnum() ? "enum" : "type", message))));
    }

    @ExceptionHandler(RulesViolatedException.class)
    ResponseEntity<ProblemDetail> rulesViolated(RulesViolatedException ex) {
        if (ex.allConcernFields()) {
            return ResponseEntity.badRequest().body(invalid(ex.violations()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
        problem.setType(RULE_VIOLATED);
        problem.setTitle("The request breaks a rule");
        problem.setProperty("errors", ex.violations());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /**
     * A body declared multipart/form-data that is not (no boundary, cut short), sent to an endpoint
     * that reads none or before any controller reads it; one over the upload limit stays a 413.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> notMultipart(MultipartException ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(new RuleViolation("$", "multipart",
                "the body is not well-formed multipart/form-data"))));
    }

    @ExceptionHandler(NotPermittedException.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermittedException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setType(NOT_PERMITTED);
        problem.setTitle("The actor may not do this");
        problem.setProperty("errors", List.of(new RuleViolation(null, ex.rule(), ex.getMessage())));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException ex) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
                .body(RefusalWriter.tooManyRequests(ex));
    }

    @ExceptionHandler(NotSignedInException.class)
    ResponseEntity<ProblemDetail> notSignedIn(NotSignedInException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
        problem.setType(SecurityProblems.UNAUTHENTICATED);
        problem.setTitle("Sign-in required");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem);
    }

    private static ProblemDetail invalid(List<RuleViolation> errors) {
        String fields = errors.stream().map(RuleViolation::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid field(s): " + fields);
        problem.setType(INVALID_REQUEST);
        problem.setTitle("The request is invalid");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static RuleViolation describe(Throwable cause) {
        Throwable innermost = cause;
        while (innermost != null && innermost.getCause() instanceof JsonProcessingException inner) {
            innermost = inner; // a parser's complaint, wrapped by the databinder with the path it was at
        }
        if (innermost instanceof PlainTextModule.ControlCharacterException text) {
            return new RuleViolation(path(text), "plain-text", "must not contain control characters");
        }
        if (innermost instanceof JsonParseException parse) {
            return parse.getOriginalMessage().startsWith("Duplicate field") && parse.getProcessor() instanceof JsonParser parser
                    ? new RuleViolation(path(parser.getParsingContext()), "duplicate-field", "appears more than once")
                    : new RuleViolation("$", "json", "the body is not well-formed JSON");
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new RuleViolation(path(unknown), "unknown-field", "is not a field of this request");
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(Object::toString).collect(Collectors.joining(", "));
            return new RuleViolation(path(format), "enum", "must be one of: " + allowed);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new RuleViolation(path(mapping), "type", "has the wrong type or format");
        }
        if (cause instanceof JsonProcessingException) {
            return new RuleViolation("$", "json", "the body is not well-formed JSON");
        }
        return new RuleViolation("$", "required", "a JSON body is required");
    }

    private static String path(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : ex.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(shown(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static String path(JsonStreamContext context) {
        List<String> names = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            names.addFirst(at.inArray() ? "[" + at.getCurrentIndex() + "]" : shown(at.getCurrentName()));
        }
        return names.isEmpty() ? "$" : String.join(".", names).replace(".[", "[");
    }

    /** A field name as sent, when it looks like one; the client's arbitrary text is not echoed. */
    private static String shown(String fieldName) {
        return fieldName != null && FIELD_NAME.matcher(fieldName).matches() ? fieldName : "(unreadable name)";
    }
}
