package io.tessera.sdk.web;

import java.io.Serial;
import java.util.List;
import java.util.Map;

/**
 * An error meant for the API caller. Thrown from a handler (or anything it calls), the kernel renders it as
 * RFC 9457 problem+json: {@code status}, {@code title} (the status's reason phrase), {@code detail} (the message),
 * {@code instance} (the request path) and, when fields are named, {@code errors: [{field, message}]}. The
 * transaction the handler ran in rolls back.
 */
public class ApiProblem extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<FieldError> errors;
    private final transient Map<String, Object> properties;

    /**
     * A problem about one field of the request.
     *
     * @param field   the field, as named in the request body or query, e.g. {@code lines[1].debit}
     * @param message what is wrong with it
     */
    public record FieldError(String field, String message) {
    }

    /**
     * A problem with an HTTP status, a readable detail and the offending fields.
     *
     * @param status an HTTP error status, 400 to 599
     * @param detail a readable message
     * @param errors the offending fields, possibly empty
     * @throws IllegalArgumentException when the status is not an error status
     */
    public ApiProblem(int status, String detail, List<FieldError> errors) {
        this(status, detail, errors, Map.of());
    }

    /**
     * A problem with an HTTP status and a readable detail, about no field in particular.
     *
     * @param status an HTTP error status, 400 to 599
     * @param detail a readable message
     * @throws IllegalArgumentException when the status is not an error status
     */
    public ApiProblem(int status, String detail) {
        this(status, detail, List.of(), Map.of());
    }

    /**
     * A problem with extra members of the problem document, e.g. the modules that block a detach.
     *
     * @param status     an HTTP error status, 400 to 599
     * @param detail     a readable message
     * @param errors     the offending fields, possibly empty
     * @param properties extra members, rendered next to {@code detail}
     * @throws IllegalArgumentException when the status is not an error status
     */
    public ApiProblem(int status, String detail, List<FieldError> errors, Map<String, Object> properties) {
        super(detail);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("Not an error status: " + status);
        }
        this.status = status;
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    /**
     * Extra members of the problem document.
     *
     * @return the members, possibly empty
     */
    public Map<String, Object> properties() {
        return properties;
    }

    /**
     * The HTTP status.
     *
     * @return 400 to 599
     */
    public int status() {
        return status;
    }

    /**
     * The offending fields.
     *
     * @return the field errors, possibly empty
     */
    public List<FieldError> errors() {
        return errors;
    }

    /**
     * 404: the record does not exist for the current tenant (another tenant's id included).
     *
     * @param what the kind of record, e.g. {@code "Opportunity"}
     * @param id   the id that was asked for
     * @return the problem to throw
     */
    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, what + " " + id + " not found", List.of());
    }

    /**
     * 422: the request is well-formed but a field's value is not acceptable.
     *
     * @param field   the field
     * @param message what is wrong with it
     * @return the problem to throw
     */
    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(422, "The request is invalid: " + field + " " + message,
                List.of(new FieldError(field, message)));
    }

    /**
     * 422: the request is well-formed but breaks a business rule that is not about one field.
     *
     * @param detail the rule that was broken
     * @return the problem to throw
     */
    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(422, detail, List.of());
    }

    /**
     * 400: a query parameter is malformed or out of range.
     *
     * @param field   the parameter
     * @param message what is wrong with it
     * @return the problem to throw
     */
    public static ApiProblem badRequest(String field, String message) {
        return new ApiProblem(400, "Invalid parameter: " + field + " " + message, List.of(new FieldError(field, message)));
    }

    /**
     * 409: the request conflicts with the record's current state.
     *
     * @param detail why
     * @return the problem to throw
     */
    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, detail, List.of());
    }
}
