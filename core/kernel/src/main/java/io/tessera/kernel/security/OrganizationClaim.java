package io.tessera.kernel.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads Keycloak's {@code organization} claim: a list of organization aliases by default, or a map
 * alias → {id, attributes} when the realm's mapper adds ids or attributes. Either way the result is
 * the set of aliases, which are tenant slugs.
 */
final class OrganizationClaim {

    static final String NAME = "organization";

    private OrganizationClaim() {
    }

    static Set<String> aliases(Object claim) {
        Set<String> aliases = new LinkedHashSet<>();
        switch (claim) {
            case null -> { }
            case String single -> add(aliases, single);
            case Collection<?> list -> list.forEach(a -> add(aliases, a));
            case Map<?, ?> map -> map.keySet().forEach(a -> add(aliases, a));
            default -> throw new IllegalArgumentException("The organization claim is neither a list nor a map");
        }
        return Set.copyOf(aliases);
    }

    private static void add(Set<String> aliases, Object alias) {
        if (alias instanceof String s && !s.isBlank()) {
            aliases.add(s.strip());
        }
    }
}
