package io.tessera.kernel.web;

import io.tessera.sdk.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every API error as RFC 9457 problem+json with a human message, and never a stack trace or
 * SQL. Validation errors list the offending fields under {@code errors}.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** The SDK's problem, thrown by the kernel, the tenants module and plugins alike. */
    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(e.status());
        if (status == null) {
            status = e.status() < 500 ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        ResponseEntity<ProblemDetail> response = problem(status, e.getMessage(), e.errors(), request);
        e.properties().forEach(response.getBody()::setProperty);
        return response;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String field = e.getName();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ApiInputConfiguration.DateOutOfRange range) {
                return problem(HttpStatus.UNPROCESSABLE_ENTITY, "The request is invalid: " + field + " " + range.getMessage(),
                        List.of(new ApiProblem.FieldError(field, range.getMessage())), request);
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "Invalid value for " + field,
                List.of(new ApiProblem.FieldError(field, "has an invalid format")), request);
    }

    /** Spring's translation, and the JPA/Hibernate ones a flush inside a service raises untranslated. */
    @ExceptionHandler({OptimisticLockingFailureException.class, jakarta.persistence.OptimisticLockException.class,
            org.hibernate.StaleStateException.class})
    ResponseEntity<ProblemDetail> staleVersion(RuntimeException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "The record was changed by someone else; reload it and try again",
                List.of(), request);
    }

    @ExceptionHandler({DataIntegrityViolationException.class, ConstraintViolationException.class,
            org.hibernate.exception.DataException.class})
    ResponseEntity<ProblemDetail> integrity(RuntimeException e, HttpServletRequest request) {
        String sqlState = sqlState(e);
        if (sqlState != null && (sqlState.equals(VALUE_TOO_LONG) || sqlState.equals(NUMERIC_OUT_OF_RANGE))) {
            // a request record without the limit its column has: not a conflict but invalid input (no field to name,
            // the database does not say which column)
            log.warn("Input the database refused (SQLState {}) on {}: the request record lacks a limit", sqlState,
                    request.getRequestURI());
            return problem(HttpStatus.UNPROCESSABLE_ENTITY, sqlState.equals(VALUE_TOO_LONG)
                    ? "A value is longer than the field allows" : "A number is larger than the field allows", List.of(), request);
        }
        // never the database's message: it carries the bound values (hashes, payloads)
        log.info("Integrity violation on {}: {}", request.getRequestURI(), DatabaseErrors.describe(e));
        return problem(HttpStatus.CONFLICT, "The change conflicts with existing data (a duplicate or a record still in use)",
                List.of(), request);
    }

    /** No connection or transaction could be had (a failover, a node cut off): worth a retry. */
    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e, HttpServletRequest request) {
        log.warn("{} {} answered 503: the database is unreachable ({})", request.getMethod(), request.getRequestURI(),
                DatabaseErrors.describe(e));
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.SERVICE_UNAVAILABLE,
                "The database cannot be reached just now; try again in a few seconds", List.of(), request);
        return ResponseEntity.status(answer.getStatusCode()).header(HttpHeaders.RETRY_AFTER, "5").body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (e instanceof RuntimeException runtime && UnreachableDatabase.causedBy(e)) {
            // a connection cut while in use (SQLState 08…, 57P01): the same answer as no connection at all
            return databaseUnavailable(runtime, request);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(),
                DatabaseErrors.fromDatabase(e) ? DatabaseErrors.withoutValues(e) : e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged", List.of(), request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<ApiProblem.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiProblem.FieldError(f.getField(), f.getDefaultMessage()))
                .toList();
        ProblemDetail body = body(HttpStatus.UNPROCESSABLE_ENTITY,
                "The request is invalid: " + String.join(", ", errors.stream().map(f -> f.field() + " " + f.message()).toList()),
                errors);
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RequestBodyLimit.TooLarge tooLarge) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .body(body(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), List.of()));
            }
        }
        String field = fieldOf(e);
        String refusal = refusalOf(e);
        if (field != null && refusal != null) {
            return ResponseEntity.unprocessableContent().body(body(HttpStatus.UNPROCESSABLE_ENTITY,
                    "The request is invalid: " + field + " " + refusal, List.of(new ApiProblem.FieldError(field, refusal))));
        }
        if (field != null) {
            return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST, "The request is invalid: " + field
                    + " has an invalid value or format", List.of(new ApiProblem.FieldError(field, "has an invalid value or format"))));
        }
        return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this resource", List.of()));
    }

    /**
     * Why a value of the body is refused although it is well-formed JSON — one of the kernel's input rules, or a
     * fraction for an integer field — or null for malformed input.
     */
    static String refusalOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RejectedInput rejected) {
                return rejected.reason();
            }
            if (t instanceof tools.jackson.databind.exc.InvalidFormatException invalid && invalid.getValue() instanceof Number
                    && invalid.getTargetType() != null && isInteger(invalid.getTargetType())) {
                return "must be a whole number";
            }
        }
        return null;
    }

    private static boolean isInteger(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class || type == short.class
                || type == Short.class || type == byte.class || type == Byte.class || type == java.math.BigInteger.class;
    }

    /** SQLState 22001: a string too long for its column. */
    private static final String VALUE_TOO_LONG = "22001";
    /** SQLState 22003: a number out of its column's range. */
    private static final String NUMERIC_OUT_OF_RANGE = "22003";

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** The JSON path of the value Jackson could not read, e.g. {@code stages[0].probability}, or null. */
    static String fieldOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.core.JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference ref : jackson.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail,
                                                         List<ApiProblem.FieldError> errors,
                                                         HttpServletRequest request) {
        ProblemDetail body = body(status, detail, errors);
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).body(body);
    }

    static ProblemDetail body(HttpStatus status, String detail, List<ApiProblem.FieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(status.getReasonPhrase());
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors);
        }
        return body;
    }
}
