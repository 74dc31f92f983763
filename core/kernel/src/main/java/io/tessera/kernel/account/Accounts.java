package io.tessera.kernel.account;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");
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
        validateTenant(slug, name);
        return TenantContext.callWithoutTenant(() -> tx.execute(status -> tenants.saveAndFlush(new Tenant(slug, name.strip())).ref()));
    }

    /**
     * The first administrator of a new tenant.
     *
     * @param email    login; an existing account with this email is made admin instead of creating one
     * @param name     display name
     * @param password password for a new account, per {@link PasswordPolicy}
     */
    public record AdminSpec(String email, String name, String password) {
    }

    /**
     * Creates a tenant with its first administrator, all or nothing.
     *
     * @param slug  the tenant's slug
     * @param name  its display name
     * @param admin its first administrator
     * @return the tenant
     * @throws IllegalArgumentException for invalid input
     * @throws org.springframework.dao.DataIntegrityViolationException for a duplicate slug
     */
    public TenantRef provisionTenant(String slug, String name, AdminSpec admin) {
        validateTenant(slug, name);
        if (admin == null || admin.email() == null || !EMAIL.matcher(admin.email().strip()).matches()) {
            throw new IllegalArgumentException("admin.email must be an email address");
        }
        String email = admin.email().strip().toLowerCase(Locale.ROOT);
        Tenant tenant = new Tenant(slug, name.strip());
        // the new tenant is in scope from the start, so that row-level security admits its first membership
        return TenantContext.callAs(tenant.ref(), null, () -> tx.execute(status -> {
            if (tenants.existsBySlug(slug)) {
                throw new DataIntegrityViolationException("A tenant with slug '" + slug + "' already exists");
            }
            entityManager.persist(tenant);
            UserAccount user = users.findByEmailIgnoreCase(email).orElseGet(() -> {
                try {
                    PasswordPolicy.check(admin.password(), email);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("admin." + e.getMessage(), e);
                }
                String display = admin.name() == null || admin.name().isBlank() ? email : admin.name().strip();
                UserAccount created = new UserAccount(email, display, passwordEncoder.encode(admin.password()));
                entityManager.persist(created);
                return created;
            });
            entityManager.flush();
            entityManager.persist(new Membership(user.getId(), Set.of("admin")));
            entityManager.flush();
            return tenant.ref();
        }));
    }

    private static void validateTenant(String slug, String name) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must be 1-63 lower-case letters, digits or dashes, not starting or ending with a dash");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1-200 characters");
        }
    }

    /**
     * Tenants, one page at a time, by slug.
     *
     * @param page zero-based page
     * @param size page size
     * @return the page
     */
    public Page<Tenant> tenants(int page, int size) {
        return TenantContext.callWithoutTenant(() -> tx.execute(status ->
                tenants.findAll(PageRequest.of(page, size,
                        Sort.by("slug")))));
    }

    /**
     * Suspends or resumes a tenant: a suspended tenant's users are refused; its data is untouched.
     *
     * @param slug   the tenant
     * @param status the new status
     * @return the tenant, if it exists
     */
    public Optional<Tenant> setStatus(String slug, TenantStatus status) {
        return TenantContext.callWithoutTenant(() -> tx.execute(s -> tenants.findBySlug(slug).map(t -> {
            t.setStatus(status);
            return t;
        })));
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

    /** The sign-in lockout: this many failures in a row lock the account for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_LOGINS = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    /** Records a failed sign-in for the account with this email, locking it after too many. */
    public void recordFailedLogin(String email) {
        TenantContext.callWithoutTenant(() -> tx.execute(status -> {
            users.findByEmailIgnoreCase(email.strip())
                    .ifPresent(u -> u.failedLogin(MAX_FAILED_LOGINS, LOCK_DURATION, Instant.now()));
            return null;
        }));
    }

    /** Clears the failure count after a successful sign-in; call it only when there were failures. */
    public void recordSuccessfulLogin(UUID userId) {
        TenantContext.callWithoutTenant(() -> tx.execute(status -> {
            users.findById(userId).ifPresent(UserAccount::succeededLogin);
            return null;
        }));
    }

    /**
     * Changes a user's own password.
     *
     * @throws IllegalArgumentException if the current password is wrong or the new one breaks the policy
     */
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        TenantContext.callWithoutTenant(() -> tx.execute(status -> {
            UserAccount user = users.findById(userId).orElseThrow();
            if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
                throw new IllegalArgumentException("currentPassword is not correct");
            }
            PasswordPolicy.check(newPassword, user.getEmail());
            if (newPassword.equals(currentPassword)) {
                throw new IllegalArgumentException("newPassword must differ from the current one");
            }
            user.changePassword(passwordEncoder.encode(newPassword), false);
            return null;
        }));
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
