package io.tessera.sdk;

import java.util.Objects;
import java.util.UUID;

/**
 * A tenant, as plugins see it: its id and its URL-safe slug.
 *
 * @param id   the tenant id (the value of every {@code tenant_id} column it owns)
 * @param slug the tenant's unique slug, e.g. {@code acme}
 */
public record TenantRef(UUID id, String slug) {

    /** Checks that both parts are present. */
    public TenantRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
    }
}
