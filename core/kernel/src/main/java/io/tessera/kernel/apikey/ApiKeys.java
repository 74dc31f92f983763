package io.tessera.kernel.apikey;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.access.Permissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.security.SystemOnly;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, lists, revokes and authenticates API keys. A key reads {@code tsk_<prefix>_<secret>}; the
 * prefix finds the row, the SHA-256 of the whole key must match (compared in constant time).
 */
@Service
public class ApiKeys {

    private static final Pattern FORMAT = Pattern.compile("tsk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Permissions permissions;

    ApiKeys(EntityManager entityManager, JdbcClient jdbc, TransactionTemplate tx, Permissions permissions) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.tx = tx;
        this.permissions = permissions;
    }

    /**
     * A key as listed: never the secret.
     *
     * @param id         key id
     * @param name       label
     * @param prefix     the public part of the key, to recognise it
     * @param scopes     permissions it holds
     * @param createdAt  when created
     * @param expiresAt  when it stops working, if ever
     * @param revokedAt  when revoked, if revoked
     * @param lastUsedAt last successful use (to the minute)
     */
    public record KeyView(UUID id, String name, String prefix, Set<String> scopes, Instant createdAt, Instant expiresAt,
                         Instant revokedAt, Instant lastUsedAt) {
        static KeyView of(ApiKey k) {
            return new KeyView(k.getId(), k.getName(), k.getPrefix(), k.getScopes(), k.getCreatedAt(), k.getExpiresAt(),
                    k.getRevokedAt(), k.getLastUsedAt());
        }
    }

    /**
     * A new key with its secret, shown this once.
     *
     * @param key    the key's data
     * @param secret the full key to send as a bearer token
     */
    public record CreatedKey(KeyView key, String secret) {
    }

    /**
     * The caller authenticated by a key.
     *
     * @param tenant the key's tenant
     * @param keyId  the key
     * @param scopes its permissions
     */
    public record KeyPrincipal(TenantRef tenant, UUID keyId, Set<String> scopes) {
    }

    /** Creates a key for the current tenant. */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public CreatedKey create(String name, Set<String> scopes, Instant expiresAt) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("name must be 1-100 characters");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new IllegalArgumentException("scopes must name at least one permission");
        }
        for (String scope : scopes) {
            if (!permissions.exists(scope)) {
                throw new IllegalArgumentException("scopes: unknown permission '" + scope + "'");
            }
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw new IllegalArgumentException("expiresAt must be in the future");
        }
        String prefix = random(12);
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = "tsk_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        ApiKey key = new ApiKey(name.strip(), prefix, sha256(secret), new LinkedHashSet<>(scopes),
                TenantContext.userId().orElse(null), expiresAt);
        // the global route keeps the prefix unique across tenants (its primary key) and names the tenant to authenticate in
        jdbc.sql("insert into key_routes (kind, lookup, routed_tenant_id) values ('api', ?, ?)")
                .params(prefix, TenantContext.tenant().orElseThrow(() -> new IllegalStateException("No tenant in scope")).id())
                .update();
        entityManager.persist(key);
        entityManager.flush();
        return new CreatedKey(KeyView.of(key), secret);
    }

    /** The current tenant's keys, newest first. */
    @Transactional(readOnly = true)
    public List<KeyView> list() {
        return entityManager.createQuery("select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class)
                .getResultList().stream().map(KeyView::of).toList();
    }

    /** Revokes a key of the current tenant; it stops working at once. */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Optional<KeyView> revoke(UUID id) {
        return Optional.ofNullable(entityManager.find(ApiKey.class, id)).map(k -> {
            k.revoke();
            return KeyView.of(k);
        });
    }

    /**
     * Checks a presented key.
     *
     * @param presented the bearer token
     * @return the principal, or empty for a malformed, unknown, wrong, expired or revoked key, or a
     *         key whose tenant is suspended
     */
    @SystemOnly("the API key filter, before anyone acts: it records when a key was last used")
    public Optional<KeyPrincipal> authenticate(String presented) {
        Matcher m = FORMAT.matcher(presented == null ? "" : presented);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1);
        // first the global route (prefix -> tenant), then the key's row in that tenant's own scope: every statement on
        // the tenant table api_keys names its tenant_id
        Optional<TenantRef> tenant = TenantContext.callWithoutTenant(() -> tx.execute(status -> jdbc.sql("""
                        select t.id, t.slug from key_routes r join tenants t on t.id = r.routed_tenant_id
                         where r.kind = 'api' and r.lookup = ? and t.status = 'ACTIVE'""")
                .param(prefix)
                .query((rs, row) -> new TenantRef(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional()));
        Optional<KeyPrincipal> principal = tenant.flatMap(ref -> TenantContext.callAs(ref, null, () -> tx.execute(status ->
                jdbc.sql("""
                                select id, secret_hash, scopes, expires_at, revoked_at
                                  from api_keys where tenant_id = ? and prefix = ?""")
                        .params(ref.id(), prefix)
                        .query((rs, row) -> {
                            boolean hashMatches = MessageDigest.isEqual(
                                    rs.getString(2).getBytes(StandardCharsets.US_ASCII),
                                    sha256(presented).getBytes(StandardCharsets.US_ASCII));
                            Timestamp expires = rs.getTimestamp(4);
                            boolean live = rs.getTimestamp(5) == null
                                    && (expires == null || expires.toInstant().isAfter(Instant.now()));
                            return hashMatches && live
                                    ? new KeyPrincipal(ref, rs.getObject(1, UUID.class),
                                            new LinkedHashSet<>(Arrays.asList(rs.getString(3).split(","))))
                                    : null;
                        })
                        .optional())));
        principal.ifPresent(this::recordUse);
        return principal;
    }

    private void recordUse(KeyPrincipal principal) {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp stale = Timestamp.from(Instant.now().minus(LAST_USE_PRECISION));
        TenantContext.runAs(principal.tenant(), () -> tx.executeWithoutResult(status -> jdbc.sql(
                        "update api_keys set last_used_at = ? where id = ? and tenant_id = ? "
                                + "and (last_used_at is null or last_used_at < ?)")
                .params(now, principal.keyId(), principal.tenant().id(), stale)
                .update()));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(out);
    }
}
