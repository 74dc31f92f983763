package io.tessera.kernel.account;

import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.security.SystemOnly;
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
 *
 * <p>Platform changes (tenants, accounts, memberships as fixtures) require {@link KernelPermissions#PLATFORM}, which
 * only system work holds (the platform operator's requests, the demo tenant); a tenant's settings need its admin.
 * Left unchecked on purpose: what sign-in itself does before anyone acts (failed and successful logins, federated
 * accounts and their links) and a user changing their own password, which the caller authenticates.
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
    private final AccessChanges changes;

    Accounts(TenantRepository tenants, UserAccountRepository users, EntityManager entityManager, JdbcClient jdbc,
             TransactionTemplate tx, PasswordEncoder passwordEncoder, AccessChanges changes) {
        this.changes = changes;
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
    @RequiresPermission(KernelPermissions.PLATFORM)
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
    @RequiresPermission(KernelPermissions.PLATFORM)
    public TenantRef provisionTenant(String slug, String name, AdminSpec admin) {
        return provisionTenant(slug, name, admin, null);
    }

    /**
     * Creates a tenant with its first administrator, all or nothing, and links the administrator's
     * account to the identity provider's subject for them.
     *
     * @param slug            the tenant's slug
     * @param name            its display name
     * @param admin           its first administrator
     * @param externalSubject the identity provider's id for the administrator, or {@code null}
     * @return the tenant
     * @throws IllegalArgumentException for invalid input
     * @throws IllegalStateException    if the account is linked to another subject
     * @throws org.springframework.dao.DataIntegrityViolationException for a duplicate slug
     */
    @RequiresPermission(KernelPermissions.PLATFORM)
    public TenantRef provisionTenant(String slug, String name, AdminSpec admin, String externalSubject) {
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
            link(user, externalSubject);
            entityManager.flush();
            entityManager.persist(new Membership(user.getId(), Set.of("admin")));
            entityManager.flush();
            // an existing account gains a membership: resolved memberships of it are stale
            changes.changed();
            return tenant.ref();
        }));
    }

    /** Links an account to an external subject; no-op for {@code null}. */
    static void link(UserAccount account, String externalSubject) {
        if (externalSubject == null) {
            return;
        }
        if (account.getExternalSubject() != null && !account.getExternalSubject().equals(externalSubject)) {
            throw new IllegalStateException("The Tessera account of " + account.getEmail() + " is linked to another identity");
        }
        account.linkExternalSubject(externalSubject);
    }

    /**
     * Checks a tenant's slug and name and its administrator's email, as {@link #provisionTenant} will,
     * so that callers can refuse bad input before they touch other systems.
     *
     * @throws IllegalArgumentException naming the invalid field
     */
    public static void checkTenantRequest(String slug, String name, AdminSpec admin) {
        validateTenant(slug, name);
        if (admin == null) {
            throw new IllegalArgumentException("admin is required");
        }
        checkEmail("admin.email", admin.email());
    }

    /**
     * Checks that a value is an email address, as accounts require.
     *
     * @param field the request field, named in the message
     * @param email the value
     * @throws IllegalArgumentException if it is not an email address
     */
    public static void checkEmail(String field, String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new IllegalArgumentException(field + " must be an email address");
        }
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
    @RequiresPermission(KernelPermissions.PLATFORM)
    public Optional<Tenant> setStatus(String slug, TenantStatus status) {
        return TenantContext.callWithoutTenant(() -> tx.execute(s -> tenants.findBySlug(slug).map(t -> {
            t.setStatus(status);
            changes.changed();
            return t;
        })));
    }

    /**
     * A tenant's own settings.
     *
     * @param name         display name, 1-200 characters
     * @param baseCurrency ISO 4217 code, e.g. {@code EUR}
     * @param locale       BCP 47 language tag, e.g. {@code de-AT}
     * @param timeZone     IANA time zone id, e.g. {@code Europe/Berlin}
     */
    public record TenantSettings(String name, String baseCurrency, String locale, String timeZone) {
    }

    /**
     * Changes the name, base currency, locale and time zone of the tenant in scope (the one whose
     * {@code tenant.admin} permission was checked), all or nothing.
     *
     * @param settings the new settings
     * @return the tenant
     * @throws ApiProblem (422) naming the first invalid field
     */
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Tenant updateSettings(TenantSettings settings) {
        UUID tenantId = TenantContext.tenant().orElseThrow(() -> new IllegalStateException("No tenant in scope")).id();
        String name = settings.name() == null ? "" : settings.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw ApiProblem.invalid("name", "must be 1 to 200 characters");
        }
        String currency = settings.baseCurrency() == null ? "" : settings.baseCurrency().strip().toUpperCase(java.util.Locale.ROOT);
        if (!io.tessera.sdk.money.Currencies.isMoney(currency)) {
            throw ApiProblem.invalid("baseCurrency", "'" + settings.baseCurrency() + "' is not an ISO 4217 currency code");
        }
        java.util.Locale locale = java.util.Locale.forLanguageTag(settings.locale() == null ? "" : settings.locale().strip());
        if (locale.getLanguage().isEmpty()) {
            throw ApiProblem.invalid("locale", "'" + settings.locale() + "' is not a BCP 47 language tag such as de-AT");
        }
        String zone;
        try {
            zone = java.time.ZoneId.of(settings.timeZone() == null ? "" : settings.timeZone().strip()).getId();
        } catch (java.time.DateTimeException e) {
            throw ApiProblem.invalid("timeZone", "'" + settings.timeZone() + "' is not a time zone such as Europe/Berlin");
        }
        return TenantContext.callWithoutTenant(() -> tx.execute(s -> {
            Tenant tenant = tenants.findById(tenantId).orElseThrow();
            tenant.applySettings(name, currency, locale.toLanguageTag(), zone);
            return tenant;
        }));
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
    @RequiresPermission(KernelPermissions.PLATFORM)
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
    @SystemOnly("sign-in, before anyone acts")
    public void recordFailedLogin(String email) {
        TenantContext.callWithoutTenant(() -> tx.execute(status -> {
            users.findByEmailIgnoreCase(email.strip())
                    .ifPresent(u -> u.failedLogin(MAX_FAILED_LOGINS, LOCK_DURATION, Instant.now()));
            return null;
        }));
    }

    /** Clears the failure count after a successful sign-in; call it only when there were failures. */
    @SystemOnly("sign-in, before anyone acts")
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
            changes.changed();
            return null;
        }));
    }

    /** A user by email, case-insensitively. */
    public Optional<UserAccount> findUserByEmail(String email) {
        return TenantContext.callWithoutTenant(() -> tx.execute(status -> users.findByEmailIgnoreCase(email.strip())));
    }

    /**
     * A person as the external identity provider (Keycloak) describes them.
     *
     * @param subject       the provider's stable id for them (the token's {@code sub})
     * @param email         their email, if the token carries one
     * @param emailVerified whether the provider verified that email
     * @param name          a display name, if any
     */
    public record ExternalIdentity(String subject, String email, boolean emailVerified, String name) {
    }

    /**
     * The local account of a person signed in through the identity provider: the account linked to
     * their subject; on first sight, the account with their verified email (which is then linked to the
     * subject), or else a new account without a password.
     *
     * @param identity who the provider says they are
     * @return the local account
     * @throws IllegalStateException when no account can be linked: no subject, no verified email, the
     *                               email's account is linked to another subject, or the account is inactive
     */
    @SystemOnly("sign-in with a federated identity, before anyone acts")
    public UserAccount federatedAccount(ExternalIdentity identity) {
        if (identity.subject() == null || identity.subject().isBlank()) {
            throw new IllegalStateException("The token has no subject");
        }
        Optional<UserAccount> linked = TenantContext.callWithoutTenant(() -> tx.execute(status ->
                users.findByExternalSubject(identity.subject())));
        UserAccount account = linked.orElseGet(() -> linkOnFirstSight(identity));
        if (!account.isActive()) {
            throw new IllegalStateException("The Tessera account of " + account.getEmail() + " is deactivated");
        }
        return account;
    }

    private UserAccount linkOnFirstSight(ExternalIdentity identity) {
        if (identity.email() == null || !identity.emailVerified() || !EMAIL.matcher(identity.email().strip()).matches()) {
            throw new IllegalStateException("The identity provider vouches for no verified email; a Tessera account cannot be linked");
        }
        String email = identity.email().strip().toLowerCase(Locale.ROOT);
        try {
            return TenantContext.callWithoutTenant(() -> tx.execute(status -> {
                UserAccount account = users.findByEmailIgnoreCase(email).orElseGet(() -> {
                    String display = identity.name() == null || identity.name().isBlank() ? email : identity.name().strip();
                    return users.saveAndFlush(new UserAccount(email, display, null));
                });
                if (account.getExternalSubject() != null && !account.getExternalSubject().equals(identity.subject())) {
                    throw new IllegalStateException("The Tessera account of " + email + " is linked to another identity");
                }
                account.linkExternalSubject(identity.subject());
                return users.saveAndFlush(account);
            }));
        } catch (DataIntegrityViolationException e) {
            // a concurrent first sign-in of the same person linked or created it: use theirs
            return TenantContext.callWithoutTenant(() -> tx.execute(status -> users.findByExternalSubject(identity.subject())))
                    .orElseThrow(() -> new IllegalStateException("The Tessera account of " + email + " could not be linked", e));
        }
    }

    /**
     * Links a local account to the identity provider's subject for it (when provisioning created or
     * found the person there), so that their tokens map to it without an email lookup.
     *
     * @param userId  the local account
     * @param subject the provider's id for the person
     * @throws IllegalStateException if the account is already linked to another subject
     */
    public void linkExternalSubject(UUID userId, String subject) {
        TenantContext.callWithoutTenant(() -> tx.execute(status -> {
            link(users.findById(userId).orElseThrow(() -> new IllegalStateException("No account " + userId)), subject);
            return null;
        }));
    }

    /**
     * Adds a user to a tenant.
     *
     * @param tenant the tenant
     * @param userId the user
     * @param roles  role names
     */
    @RequiresPermission(KernelPermissions.PLATFORM)
    public void addMembership(TenantRef tenant, UUID userId, Set<String> roles) {
        TenantContext.callAs(tenant, null, () -> tx.execute(status -> {
            entityManager.persist(new Membership(userId, roles));
            changes.changed();
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
