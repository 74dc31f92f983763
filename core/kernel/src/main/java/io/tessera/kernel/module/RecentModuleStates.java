package io.tessera.kernel.module;

import io.tessera.kernel.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * {@link ModuleAccess#isEnabled(String)} for the API's enforcement filter, which asks it on every request:
 * answered from memory per tenant and module while no module state changed on this server or, on PostgreSQL, on
 * any other ({@link ModuleStateChanges}, notified across nodes) and the answer is younger than
 * {@code tessera.modules.state-cache-ttl} (default 10 min, a safety net only; {@code 0} asks the database every
 * time).
 */
@Component
public class RecentModuleStates {

    private static final int MAX_ENTRIES = 50_000;

    private record Key(UUID tenantId, String moduleId) {
    }

    private record Entry(boolean enabled, long stateVersion, long expiresAt) {
    }

    private final ModuleAccess access;
    private final ModuleStateChanges changes;
    private final Duration ttl;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    RecentModuleStates(ModuleAccess access, ModuleStateChanges changes,
                       @Value("${tessera.modules.state-cache-ttl:10m}") Duration ttl) {
        this.access = access;
        this.changes = changes;
        this.ttl = ttl;
        this.clock = Clock.systemUTC();
    }

    /**
     * Whether the current tenant has enabled the module (and it is healthy on this server).
     *
     * @param moduleId the module
     * @return as {@link ModuleAccess#isEnabled(String)} answered it at most the time to live ago
     * @throws IllegalStateException when no tenant is in scope
     */
    public boolean isEnabled(String moduleId) {
        UUID tenant = TenantContext.tenant()
                .orElseThrow(() -> new IllegalStateException("Module states are per tenant: no tenant in scope")).id();
        if (ttl.isZero()) {
            return access.isEnabled(moduleId);
        }
        long version = changes.version();
        long now = clock.millis();
        Key key = new Key(tenant, moduleId);
        Entry entry = entries.get(key);
        if (entry != null && entry.stateVersion() == version && entry.expiresAt() > now) {
            return entry.enabled();
        }
        boolean enabled = access.isEnabled(moduleId);
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> e.expiresAt() <= now || e.stateVersion() != version);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(enabled, version, now + ttl.toMillis()));
        return enabled;
    }
}
