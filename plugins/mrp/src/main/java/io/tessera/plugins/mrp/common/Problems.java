package io.tessera.plugins.mrp.common;

import io.tessera.sdk.web.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Collects the field errors of one request so that a single 422 names every bad field, and builds the 404 for an id
 * in a body that names no record of the current tenant.
 */
public final class Problems {

    private final List<ApiProblem.FieldError> errors = new ArrayList<>();

    /**
     * Records a bad field.
     *
     * @param field   the field, e.g. {@code components[1].quantity}
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
     * 404 for an id in a request body naming no record of the current tenant (another tenant's included).
     *
     * @param field the body field
     * @param what  the kind of record, e.g. {@code Product}
     * @param id    the id sent
     * @return the problem to throw
     */
    public static ApiProblem notFound(String field, String what, UUID id) {
        return new ApiProblem(404, what + " " + id + " not found", List.of(new ApiProblem.FieldError(field,
                "names no " + what.toLowerCase(java.util.Locale.ROOT) + " of this tenant")));
    }
}
