package io.tessera.kernel.publickey;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.PublicKeys;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.Transactions;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues, revokes and resolves public keys (the SDK's {@link PublicKeys}). */
@Component
public class PublicKeysService implements PublicKeys {

    /** The shape of every key this service issues: {@code pk_} and 32 URL-safe characters. */
    static final Pattern SHAPE = Pattern.compile("pk_[A-Za-z0-9_-]{32}");

    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a key resolves to. */
    public record Resolved(TenantRef tenant, String moduleId) {
    }

    private final JdbcClient jdbc;
    private final Transactions tx;

    PublicKeysService(JdbcClient jdbc, Transactions tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(String moduleId) {
        TenantRef tenant = TenantContext.tenant().orElseThrow(() -> new IllegalStateException("No tenant in scope"));
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String key = "pk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        jdbc.sql("insert into public_keys (tenant_id, id, public_key, module_id, created_at, version) values (?, ?, ?, ?, ?, 0)")
                .params(tenant.id(), Ids.newId(), key, moduleId, Timestamp.from(Instant.now()))
                .update();
        // the global route resolves the key before any tenant is known, and keeps it unique across tenants
        jdbc.sql("insert into key_routes (kind, lookup, routed_tenant_id) values ('public', ?, ?)").params(key, tenant.id())
                .update();
        return key;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void revoke(String key) {
        TenantRef tenant = TenantContext.tenant().orElseThrow(() -> new IllegalStateException("No tenant in scope"));
        jdbc.sql("delete from public_keys where tenant_id = ? and public_key = ?").params(tenant.id(), key).update();
        jdbc.sql("delete from key_routes where kind = 'public' and lookup = ? and routed_tenant_id = ?").params(key, tenant.id())
                .update();
    }

    /**
     * The active tenant and the module a key was issued for: the tenant from the global {@code key_routes} table
     * (outside tenant scope), then the key's row in that tenant's scope, each in its own read-only transaction.
     *
     * @param key a key from a request path
     * @return the tenant and module, or empty for an unknown key or a tenant that is not active
     */
    public Optional<Resolved> resolve(String key) {
        if (key == null || !SHAPE.matcher(key).matches()) {
            return Optional.empty();
        }
        // first the global route (key -> tenant), then the key's row in that tenant's own scope: every statement on
        // the tenant table public_keys names its tenant_id
        Optional<TenantRef> tenant = TenantContext.callWithoutTenant(() -> tx.read(() -> jdbc.sql("""
                        select t.id, t.slug from key_routes r join tenants t on t.id = r.routed_tenant_id
                         where r.kind = 'public' and r.lookup = ? and t.status = 'ACTIVE'""")
                .param(key)
                .query((rs, row) -> new TenantRef(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional()));
        return tenant.flatMap(ref -> TenantContext.callAs(ref, null, () -> tx.read(() -> jdbc.sql(
                        "select module_id from public_keys where tenant_id = ? and public_key = ?")
                .params(ref.id(), key)
                .query((rs, row) -> new Resolved(ref, rs.getString(1)))
                .optional())));
    }
}
