package io.tessera.kernel.publickey;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
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
    private final TransactionSettings settings;

    PublicKeysService(JdbcClient jdbc, Transactions tx, TransactionSettings settings) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
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
        return key;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void revoke(String key) {
        TenantRef tenant = TenantContext.tenant().orElseThrow(() -> new IllegalStateException("No tenant in scope"));
        jdbc.sql("delete from public_keys where tenant_id = ? and public_key = ?").params(tenant.id(), key).update();
    }

    /**
     * The active tenant and the module a key was issued for; outside tenant scope, in its own transaction
     * that sees exactly that key's row.
     *
     * @param key a key from a request path
     * @return the tenant and module, or empty for an unknown key or a tenant that is not active
     */
    public Optional<Resolved> resolve(String key) {
        if (key == null || !SHAPE.matcher(key).matches()) {
            return Optional.empty();
        }
        return TenantContext.callWithoutTenant(() -> tx.read(() -> {
            settings.setLocal("app.public_key", key);
            return jdbc.sql("""
                            select k.tenant_id, t.slug, k.module_id from public_keys k join tenants t on t.id = k.tenant_id
                             where k.public_key = ? and t.status = 'ACTIVE'""")
                    .param(key)
                    .query((rs, row) -> new Resolved(new TenantRef(rs.getObject(1, UUID.class), rs.getString(2)),
                            rs.getString(3)))
                    .optional();
        }));
    }
}
