package io.tessera.plugins.accounting.common;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks party ids against the kernel's shared party master (D8) through the SDK's
 * {@link io.tessera.sdk.party.Parties}, which finds parties of the current tenant only.
 */
public class Parties {

    private final io.tessera.sdk.party.Parties directory;

    Parties(io.tessera.sdk.party.Parties directory) {
        this.directory = directory;
    }

    /**
     * The ids among the given ones that are no party of the current tenant.
     *
     * @param ids party ids
     * @return the unknown ids
     */
    public Set<UUID> unknown(Collection<UUID> ids) {
        Set<UUID> missing = new HashSet<>(ids);
        if (!missing.isEmpty()) {
            missing.removeAll(directory.findAll(List.copyOf(missing)).keySet());
        }
        return missing;
    }

    /**
     * Parties whose name contains the text, ignoring case (bank statement counterparties).
     *
     * @param text  the text
     * @param limit at most this many
     * @return the parties found
     */
    public List<io.tessera.sdk.party.PartySummary> search(String text, int limit) {
        return directory.search(text, 0, limit);
    }

    /** The components of this package. */
    static List<Class<?>> components() {
        return List.of(Parties.class, IdempotencyKeys.class);
    }
}
