package io.tessera.kernel.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * An error with a status and a message meant for the API caller, rendered as problem+json.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final List<FieldError> errors;
    private final transient Map<String, Object> properties;

    /**
     * A problem about one field of the request.
     *
     * @param field   the field, as named in the request body or query
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }

    public ApiException(HttpStatus status, String message) {
        this(status, message, List.of());
    }

    public ApiException(HttpStatus status, String message, List<FieldError> errors) {
        this(status, message, errors, Map.of());
    }

    /** An error with extra problem members, e.g. the dependents that block a detach. */
    public ApiException(HttpStatus status, String message, List<FieldError> errors, Map<String, Object> properties) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    /** Extra members of the problem document. */
    public Map<String, Object> properties() {
        return properties;
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** 404 for a record that does not exist for this tenant. */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, what + " " + id + " not found");
    }

    /** 422 for a request that is well-formed but invalid. */
    public static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "The request is invalid: " + field + " " + message,
                List.of(new FieldError(field, message)));
    }

    /** 409 for a conflict with the current state. */
    public static ApiException conflict(String message) {
        return new ApiException(HttpStatus.CONFLICT, message);
    }
}
