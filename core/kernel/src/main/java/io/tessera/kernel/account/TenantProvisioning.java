package io.tessera.kernel.account;

import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates tenants, alone (a fixture) or with their first administrator, all or nothing. Only the platform
 * ({@link KernelPermissions#PLATFORM}) may.
 */
@Service
public class TenantProvisioning {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final TenantRepository tenants;
    private final UserAccountRepository users;
    private final EntityManager entityManager;
    private final Transactions transactions;
    private final PasswordEncoder passwordEncoder;
    private final AccessChanges changes;

    TenantProvisioning(TenantRepository tenants, UserAccountRepository users, EntityManager entityManager,
            Transactions transactions, PasswordEncoder passwordEncoder, AccessChanges changes) {
        this.tenants = tenants;
        this.users = users;
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.passwordEncoder = passwordEncoder;
        this.changes = changes;
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
        checkTenant(slug, name);
        return TenantContext.callWithoutTenant(() -> transactions.write(() ->
                tenants.saveAndFlush(new Tenant(slug, name.strip())).ref()));
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
        checkTenant(slug, name);
        if (admin == null || admin.email() == null || !UserAccounts.EMAIL.matcher(admin.email().strip()).matches()) {
            throw new IllegalArgumentException("admin.email must be an email address");
        }
        String email = admin.email().strip().toLowerCase(Locale.ROOT);
        Tenant tenant = new Tenant(slug, name.strip());
        // the new tenant is in scope from the start, so that row-level security admits its first membership
        return TenantContext.callAs(tenant.ref(), null, () -> transactions.write(() -> {
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
            FederatedAccounts.link(user, externalSubject);
            entityManager.flush();
            entityManager.persist(new Membership(user.getId(), Set.of("admin")));
            entityManager.flush();
            // an existing account gains a membership: resolved memberships of it are stale
            changes.changed();
            return tenant.ref();
        }));
    }

    /**
     * Checks a tenant's slug and name and its administrator's email, as {@link #provisionTenant} will,
     * so that callers can refuse bad input before they touch other systems.
     *
     * @param slug  the tenant's slug
     * @param name  its display name
     * @param admin its first administrator
     * @throws IllegalArgumentException naming the invalid field
     */
    public static void checkTenantRequest(String slug, String name, AdminSpec admin) {
        checkTenant(slug, name);
        if (admin == null) {
            throw new IllegalArgumentException("admin is required");
        }
        UserAccounts.checkEmail("admin.email", admin.email());
    }

    private static void checkTenant(String slug, String name) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("slug must be 1-63 lower-case letters, digits or dashes, not starting or ending with a dash");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be 1-200 characters");
        }
    }
}
