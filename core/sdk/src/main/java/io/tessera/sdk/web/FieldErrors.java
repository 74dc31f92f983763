package io.tessera.sdk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Collects the field errors of one request, so that a single 422 names every bad field instead of the first, and
 * builds the 404 for an id in a request body that names no record of the current tenant. Not thread-safe: one per
 * request.
 */
public final class FieldErrors {

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    /** Starts with no errors. */
    public FieldErrors() {
    }

    /**
     * Records a bad field.
     *
     * @param field   the field, e.g. {@code lines[1].quantity}
     * @param message what is wrong with it
     */
    public void add(String field, String message) {
        errors.add(new ApiProblem.FieldError(field, message));
    }

    /**
     * Whether a field error has been recorded.
     *
     * @return {@code true} when at least one
     */
    public boolean any() {
        return !errors.isEmpty();
    }

    /**
     * Throws a 422 naming every recorded field, if any.
     *
     * @throws ApiProblem when at least one field is bad
     */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The request is invalid: " + String.join(", ",
                    errors.stream().map(e -> e.field() + " " + e.message()).toList()), List.copyOf(errors));
        }
    }

    /**
     * 404 for an id in a request body that names no record of the current tenant (another tenant's included).
     *
     * @param field the body field
     * @param what  the kind of record, e.g. {@code Product}
     * @param id    the id sent
     * @return the problem to throw
     */
    public static ApiProblem notFound(String field, String what, UUID id) {
        return new ApiProblem(404, what + " " + id + " not found", List.of(new ApiProblem.FieldError(field,
                "names no " + what.toLowerCase(Locale.ROOT) + " of this tenant")));
    }
}
