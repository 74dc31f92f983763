package io.tessera.plugins.sales.ui;

import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Customers' names for a view's rows, asked once per page for the names not yet known. */
final class PartyNames {

    private final Parties parties;
    private final Map<UUID, String> names = new HashMap<>();

    PartyNames(Parties parties) {
        this.parties = parties;
    }

    void load(Collection<UUID> ids) {
        var missing = ids.stream().filter(id -> id != null && !names.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            parties.findAll(missing).forEach((id, p) -> names.put(id, p.name()));
        }
    }

    String name(UUID id) {
        return names.getOrDefault(id, "");
    }

    static String label(PartySummary party) {
        return party.name();
    }
}
