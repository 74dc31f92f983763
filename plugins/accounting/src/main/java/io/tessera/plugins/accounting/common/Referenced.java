package io.tessera.plugins.accounting.common;

import io.tessera.sdk.web.ApiProblem;
import java.util.List;
import java.util.UUID;

/**
 * The problem for an id inside a request body that names no record of the current tenant (another tenant's
 * id included): 404, as for an id in the path, with the field named so a client knows which reference failed.
 * A malformed value stays 422 (or 400 when it cannot be read at all).
 */
public final class Referenced {

    private Referenced() {
    }

    /**
     * 404 naming the field.
     *
     * @param field the body field, e.g. {@code allocations[0].invoiceId}
     * @param what  the kind of record, e.g. {@code Invoice}
     * @param id    the id sent
     * @return the problem to throw
     */
    public static ApiProblem notFound(String field, String what, UUID id) {
        return new ApiProblem(404, what + " " + id + " not found", List.of(new ApiProblem.FieldError(field,
                "names no " + what.toLowerCase() + " of this tenant")));
    }
}
