package io.tessera.sdk.party;

import java.util.Objects;
import java.util.UUID;

/**
 * The essentials of a party of the current tenant.
 *
 * @param id             the party id
 * @param kind           {@code company} or {@code person}
 * @param name           display name
 * @param email          primary email, or {@code null}
 * @param organizationId for a person: the company they work for, or {@code null}
 * @param phone          phone number, or {@code null}
 */
public record PartySummary(UUID id, String kind, String name, String email, UUID organizationId, String phone) {

    /** Checks the required parts. */
    public PartySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    /**
     * A party without a phone number (the SDK 0.1 form, kept for binary compatibility).
     *
     * @param id             the party id
     * @param kind           {@code company} or {@code person}
     * @param name           display name
     * @param email          primary email, or {@code null}
     * @param organizationId for a person: the company they work for, or {@code null}
     */
    public PartySummary(UUID id, String kind, String name, String email, UUID organizationId) {
        this(id, kind, name, email, organizationId, null);
    }

    /**
     * Whether this party is a company.
     *
     * @return {@code true} for a company, {@code false} for a person
     */
    public boolean isCompany() {
        return "company".equals(kind);
    }
}
