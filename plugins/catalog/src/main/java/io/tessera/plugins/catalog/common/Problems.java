package io.tessera.plugins.catalog.common;

import io.tessera.sdk.web.ApiProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The field errors of one request, collected so that a single 422 answer names every bad field: the request
 * record's constraints (checked with the Bean Validation {@link Validator}) and the rules that need the database.
 */
public final class Problems {

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    /**
     * Starts with the constraint violations of a request record.
     *
     * @param validator the Bean Validation validator
     * @param request   the request record
     * @param <T>       its type
     * @return the collector
     */
    public static <T> Problems of(Validator validator, T request) {
        Problems problems = new Problems();
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        violations.stream()
                .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(v.getPropertyPath().toString(), v.getMessage()));
        return problems;
    }

    /** @return an empty collector */
    public static Problems none() {
        return new Problems();
    }

    /**
     * Adds an error.
     *
     * @param field   the field, as the client sent it
     * @param message what is wrong with it
     * @return this collector
     */
    public Problems add(String field, String message) {
        errors.add(new ApiProblem.FieldError(field, message));
        return this;
    }

    /**
     * Whether a field has an error already (so that a rule about its value is not checked on a malformed value).
     *
     * @param field the field
     * @return {@code true} when an error names it
     */
    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /**
     * Throws the 422 answer naming every field when there is any error.
     *
     * @throws ApiProblem when an error was added
     */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The request is invalid: " + String.join(", ",
                    errors.stream().map(e -> e.field() + " " + e.message()).toList()), List.copyOf(errors));
        }
    }
}
