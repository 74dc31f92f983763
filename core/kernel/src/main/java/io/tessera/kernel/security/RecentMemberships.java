package io.tessera.kernel.security;

import io.tessera.kernel.account.MembershipView;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * What tenant resolution reads for every API request, remembered per user (their active memberships) and per tenant
 * and role set (the effective permissions of roles an admin defined) while {@link io.tessera.kernel.access.AccessChanges} stays where it was
 * and the entry is younger than its time to live. A member's deactivation, new roles, a role's new permissions or a
 * tenant's suspension move that version, so they apply to the next request on this server and, on PostgreSQL, on
 * every other (the version moves there when the change's notification arrives). A time to live of zero reads the database every time.
 */
final class RecentMemberships {

    private static final int MAX_ENTRIES = 50_000;

    private record Entry<T>(T value, long accessVersion, long expiresAt) {
    }

    private record RolesKey(UUID tenantId, Set<String> roles) {
    }

    private final LongSupplier accessVersion;
    private final Duration ttl;
    private final Clock clock;
    private final Map<UUID, Entry<List<MembershipView>>> memberships = new ConcurrentHashMap<>();
    private final Map<RolesKey, Entry<Set<String>>> permissions = new ConcurrentHashMap<>();

    RecentMemberships(LongSupplier accessVersion, Duration ttl, Clock clock) {
        this.accessVersion = accessVersion;
        this.ttl = ttl;
        this.clock = clock;
    }

    List<MembershipView> memberships(UUID userId, Supplier<List<MembershipView>> load) {
        return remembered(memberships, userId, load);
    }

    Set<String> permissions(UUID tenantId, Set<String> roles, Supplier<Set<String>> load) {
        return remembered(permissions, new RolesKey(tenantId, Set.copyOf(roles)), load);
    }

    private <K, T> T remembered(Map<K, Entry<T>> map, K key, Supplier<T> load) {
        if (ttl.isZero()) {
            return load.get();
        }
        // the version is read before loading: a change committed meanwhile makes this entry stale at once
        long version = accessVersion.getAsLong();
        long now = clock.millis();
        Entry<T> entry = map.get(key);
        if (entry != null && entry.accessVersion() == version && entry.expiresAt() > now) {
            return entry.value();
        }
        T value = load.get();
        if (map.size() >= MAX_ENTRIES) {
            map.values().removeIf(e -> e.expiresAt() <= now || e.accessVersion() != version);
            if (map.size() >= MAX_ENTRIES) {
                map.clear();
            }
        }
        map.put(key, new Entry<>(value, version, now + ttl.toMillis()));
        return value;
    }
}
