package io.tessera.kernel.account;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenants, local accounts and memberships. Creating a membership runs in the tenant's scope, as
 * row-level security requires; listing a user's memberships across tenants relies on the policy
 * that lets a user read their own.
 */
@Service
public class Accounts {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final TenantRepository tenants;
    private final UserAccountRepository users;
    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PasswordEncoder passwordEncoder;

    Accounts(TenantRepository tenants, UserAccountRepository users, EntityManager entityManager, JdbcClient jdbc,
             TransactionTemplate tx, PasswordEncoder passwordEncoder) {
        this.tenants = tenants;
        this.users = users;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.tx = tx;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates a tenant.
     *
     * @param slug lower-case letters, digits and dashes, 1–63 characters
     * @param name display name
     * @return the new tenant
     * @throws IllegalArgumentException for an invalid slug or name
     * @throws org.springframework.dao.DataIntegrityViolationException for a duplicate slug
     */
    public TenantRef createTenant(String slug, String name) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must be 1-63 lower-case letters, digits or dashes, not starting or ending with a dash");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1-200 characters");
        }
        return TenantContext.callWithoutTenant(() -> tx.execute(status -> tenants.saveAndFlush(new Tenant(slug, name.strip())).ref()));
    }

    /** A tenant by slug. */
    public Optional<Tenant> findTenant(String slug) {
        return TenantContext.callWithoutTenant(() -> tx.execute(status -> tenants.findBySlug(slug)));
    }

    /**
     * Creates a local account.
     *
     * @param email       the login
     * @param displayName the name shown
     * @param rawPassword the password, hashed before it is stored
     * @return the user id
     */
    public UUID createUser(String email, String displayName, String rawPassword) {
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        String hash = rawPassword == null ? null : passwordEncoder.encode(rawPassword);
        return TenantContext.callWithoutTenant(() -> tx.execute(status ->
                users.saveAndFlush(new UserAccount(normalized, displayName, hash)).getId()));
    }

    /** A user by email, case-insensitively. */
    public Optional<UserAccount> findUserByEmail(String email) {
        return TenantContext.callWithoutTenant(() -> tx.execute(status -> users.findByEmailIgnoreCase(email.strip())));
    }

    /**
     * Adds a user to a tenant.
     *
     * @param tenant the tenant
     * @param userId the user
     * @param roles  role names
     */
    public void addMembership(TenantRef tenant, UUID userId, Set<String> roles) {
        TenantContext.callAs(tenant, null, () -> tx.execute(status -> {
            entityManager.persist(new Membership(userId, roles));
            return null;
        }));
    }

    /**
     * The user's active memberships in every tenant, ordered by tenant slug.
     *
     * @param userId the user
     * @return memberships
     */
    public List<MembershipView> membershipsOf(UUID userId) {
        return TenantContext.callAs(null, userId, () -> tx.execute(status -> jdbc.sql("""
                        select t.id, t.slug, t.name, t.status, m.roles
                          from memberships m join tenants t on t.id = m.tenant_id
                         where m.user_id = ? and m.status = 'ACTIVE'
                         order by t.slug""")
                .param(userId)
                .query((rs, row) -> new MembershipView(
                        new TenantRef(rs.getObject(1, UUID.class), rs.getString(2)), rs.getString(3),
                        TenantStatus.valueOf(rs.getString(4)),
                        new LinkedHashSet<>(Arrays.asList(rs.getString(5).split(",")))))
                .list()));
    }
}
