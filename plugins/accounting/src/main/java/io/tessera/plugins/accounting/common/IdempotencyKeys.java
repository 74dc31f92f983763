package io.tessera.plugins.accounting.common;

import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;

/**
 * {@code Idempotency-Key} handling for creating requests. The key (scoped by resource kind) is claimed by inserting
 * it in the request's own transaction, together with a fingerprint of the request and the id of what it creates: a
 * concurrent request with the same key waits on the unique index, then fails with a duplicate key and reads the
 * winner's record. A failed request releases its key with its rollback. Same key and fingerprint: the same resource
 * is returned; same key, other fingerprint: 409.
 */
public class IdempotencyKeys {

    /**
     * The outcome of an idempotent request.
     *
     * @param value    the created or replayed resource
     * @param replayed whether it was created by an earlier request with the same key
     * @param <T>      the resource type
     */
    public record Outcome<T>(T value, boolean replayed) {
    }

    private record Claim(String fingerprint, UUID id) {
    }

    private final TenantJdbc db;

    IdempotencyKeys(TenantJdbc db) {
        this.db = db;
    }

    /**
     * Creates a resource once per key.
     *
     * @param scope       the kind of resource, e.g. {@code payments}
     * @param key         the client's key; {@code null} to create without idempotency
     * @param fingerprint a hash of the request's meaning
     * @param create      creates the resource with the given id (runs in the transaction that claims the key)
     * @param replay      reads the resource with the given id (runs in a transaction)
     * @param <T>         the resource type
     * @return the resource
     */
    @RequiresPermission("accounting.write") // it creates journal entries and payments
    public <T> Outcome<T> once(String scope, String key, String fingerprint, Function<UUID, T> create, Function<UUID, T> replay) {
        if (key == null) {
            return new Outcome<>(db.tx().write(() -> create.apply(Ids.newId())), false);
        }
        if (key.isBlank() || key.length() > 200) {
            throw ApiProblem.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        String scoped = scope + ":" + key;
        try {
            return new Outcome<>(db.tx().write(() -> {
                UUID id = Ids.newId();
                db.sql().sql("insert into acc_idempotency (tenant_id, id, idem_key, request_hash, entry_id, created_at) "
                                + "values (?, ?, ?, ?, ?, ?)")
                        .params(db.tenant(), Ids.newId(), scoped, fingerprint, id, OffsetDateTime.now(ZoneOffset.UTC)).update();
                return create.apply(id);
            }), false);
        } catch (DuplicateKeyException taken) {
            return db.tx().write(() -> {
                Claim claim = find(scoped).orElseThrow(() -> taken);
                if (!claim.fingerprint().equals(fingerprint)) {
                    throw ApiProblem.conflict("Idempotency-Key '" + key + "' was already used with a different request");
                }
                return new Outcome<>(replay.apply(claim.id()), true);
            });
        }
    }

    private Optional<Claim> find(String scopedKey) {
        return db.sql().sql("select request_hash, entry_id from acc_idempotency where tenant_id = ? and idem_key = ?")
                .params(db.tenant(), scopedKey)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getObject(2, UUID.class))).optional();
    }

    /**
     * SHA-256 of a canonical description of a request.
     *
     * @param canonical the request's meaning as text
     * @return the hex digest
     */
    public static String fingerprint(String canonical) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
