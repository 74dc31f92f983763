package io.tessera.kernel.account;

import io.tessera.kernel.access.AccessChanges;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.access.Roles;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.kernel.tenancy.TransactionSettings;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's members: who they are, their roles, and whether they may still sign in. A
 * tenant always keeps at least one active admin.
 */
@Service
public class Memberships {

    private static final Pattern ROLE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    private final EntityManager entityManager;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final TransactionSettings settings;
    private final AccessChanges changes;
    private final Roles tenantRoles;

    Memberships(EntityManager entityManager, UserAccountRepository users, PasswordEncoder passwordEncoder,
            JdbcClient jdbc, TransactionSettings settings, AccessChanges changes, Roles tenantRoles) {
        this.changes = changes;
        this.tenantRoles = tenantRoles;
        this.settings = settings;
        this.entityManager = entityManager;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    /**
     * A member as the tenant admin sees them.
     *
     * @param userId user id
     * @param email  login
     * @param name   display name
     * @param roles  roles in this tenant
     * @param status ACTIVE or INACTIVE
     */
    public record Member(UUID userId, String email, String name, Set<String> roles, String status) {
    }

    /** Every member of the current tenant, by email. */
    @Transactional(readOnly = true)
    public List<Member> list() {
        List<Membership> memberships = entityManager.createQuery("select m from Membership m", Membership.class).getResultList();
        Map<UUID, UserAccount> accounts = users.findAllById(memberships.stream().map(Membership::getUserId).toList())
                .stream().collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        List<Member> result = new ArrayList<>();
        for (Membership m : memberships) {
            UserAccount u = accounts.get(m.getUserId());
            result.add(new Member(m.getUserId(), u.getEmail(), u.getDisplayName(), m.getRoles(), m.getStatus()));
        }
        result.sort((a, b) -> a.email().compareTo(b.email()));
        return result;
    }

    /**
     * Adds a member: an existing account by email, or a new one (then a password of 10+ characters is needed).
     *
     * @return the member
     * @throws IllegalArgumentException for invalid input
     * @throws IllegalStateException    if the user already is a member
     */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Member add(String email, String name, String password, Set<String> roles) {
        return add(email, name, password, roles, null);
    }

    /**
     * Adds a member, as {@link #add(String, String, String, Set)}, and links their account to the
     * identity provider's subject for them.
     *
     * @param externalSubject the identity provider's id for the person, or {@code null}
     * @return the member
     * @throws IllegalArgumentException for invalid input
     * @throws IllegalStateException    if the user already is a member, or is linked to another subject
     */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Member add(String email, String name, String password, Set<String> roles, String externalSubject) {
        if (email == null || !UserAccounts.EMAIL.matcher(email.strip()).matches()) {
            throw new IllegalArgumentException("email must be an email address");
        }
        Set<String> checked = checkedRoles(roles);
        String normalized = email.strip().toLowerCase(Locale.ROOT);
        UserAccount user = users.findByEmailIgnoreCase(normalized).orElseGet(() -> {
            PasswordPolicy.check(password, normalized);
            UserAccount created = new UserAccount(normalized, name == null || name.isBlank() ? normalized : name.strip(),
                    passwordEncoder.encode(password));
            entityManager.persist(created);
            return created;
        });
        if (membership(user.getId()).isPresent()) {
            throw new IllegalStateException(normalized + " is already a member of this tenant");
        }
        FederatedAccounts.link(user, externalSubject);
        entityManager.persist(new Membership(user.getId(), checked));
        changes.changed();
        return new Member(user.getId(), user.getEmail(), user.getDisplayName(), checked, "ACTIVE");
    }

    /** Replaces a member's roles; refuses to remove the last active admin. */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Optional<Member> setRoles(UUID userId, Set<String> roles) {
        Set<String> checked = checkedRoles(roles);
        return membership(userId).map(m -> {
            if (!checked.contains("admin") && isLastActiveAdmin(m)) {
                throw new IllegalStateException("The tenant needs at least one active admin");
            }
            m.setRoles(checked);
            changes.changed();
            return view(m);
        });
    }

    /** Deactivates a member: they can no longer act in this tenant; their records stay. */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Optional<Member> deactivate(UUID userId) {
        return membership(userId).map(m -> {
            if (isLastActiveAdmin(m)) {
                throw new IllegalStateException("The tenant needs at least one active admin");
            }
            m.setStatus("INACTIVE");
            changes.changed();
            return view(m);
        });
    }

    /**
     * Reactivates a deactivated member: they can act in this tenant again with the roles they had.
     *
     * @return the member, or empty if no such member
     * @throws IllegalStateException if the member is active already
     */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Optional<Member> reactivate(UUID userId) {
        return membership(userId).map(m -> {
            if (!"INACTIVE".equals(m.getStatus())) {
                throw new IllegalStateException("This member is active already");
            }
            m.setStatus("ACTIVE");
            changes.changed();
            return view(m);
        });
    }

    /**
     * Gives a member a temporary password, shown once, that they must change at their next request.
     * Refused for accounts that also belong to other tenants: one tenant's admin must not take over an
     * account another tenant relies on.
     *
     * @return the temporary password, or empty if no such member
     */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Optional<String> resetPassword(UUID userId) {
        return resetPassword(userId, null);
    }

    /**
     * As {@link #resetPassword(UUID)}; with an identity provider that owns passwords, the temporary password is set
     * there instead (by {@code external}, which receives the member's email and the password and must make the
     * provider require a change at the next sign-in) and the unused local hash stays as it is. If {@code external}
     * throws, nothing changed.
     *
     * @param external sets the temporary password in the identity provider, or {@code null} for local accounts
     * @return the temporary password, or empty if no such member
     */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Optional<String> resetPassword(UUID userId, BiConsumer<String, String> external) {
        return membership(userId).map(m -> {
            settings.setLocal("app.membership_check", userId.toString());
            long tenants = jdbc.sql("select count(*) from memberships where user_id = ?")
                    .param(userId).query(Long.class).single();
            if (tenants > 1) {
                throw new IllegalStateException("This account also belongs to other tenants; its owner must change the "
                        + "password themselves");
            }
            byte[] random = new byte[15];
            new SecureRandom().nextBytes(random);
            String temporary = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            UserAccount user = users.findById(userId).orElseThrow();
            if (external != null) {
                external.accept(user.getEmail(), temporary);
            } else {
                user.changePassword(passwordEncoder.encode(temporary), true);
            }
            changes.changed();
            return temporary;
        });
    }

    private Optional<Membership> membership(UUID userId) {
        requireTenant();
        return entityManager.createQuery("select m from Membership m where m.userId = :user", Membership.class)
                .setParameter("user", userId).getResultStream().findFirst();
    }

    private boolean isLastActiveAdmin(Membership m) {
        if (!"ACTIVE".equals(m.getStatus()) || !m.getRoles().contains("admin")) {
            return false;
        }
        return entityManager.createQuery("select m from Membership m where m.status = 'ACTIVE'", Membership.class)
                .getResultStream().filter(o -> o.getRoles().contains("admin")).count() <= 1;
    }

    private Member view(Membership m) {
        UserAccount u = users.findById(m.getUserId()).orElseThrow();
        return new Member(u.getId(), u.getEmail(), u.getDisplayName(), m.getRoles(), m.getStatus());
    }

    /**
     * Checks role names for a member of the current tenant: at least one, each a role the tenant has (built in or
     * defined by its admins) — an undefined name would be a dormant grant if such a role were created later. Call
     * inside a transaction in the tenant's scope.
     *
     * @param roles the requested role names
     * @return them, in order
     * @throws ApiProblem (422) naming {@code roles}
     */
    public Set<String> checkedRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw ApiProblem.invalid("roles", "must name at least one role, e.g. [\"member\"]");
        }
        Set<String> checked = new LinkedHashSet<>();
        for (String role : roles) {
            if (role == null || !ROLE.matcher(role).matches()) {
                throw ApiProblem.invalid("roles", "must be lower-case words: " + role);
            }
            checked.add(role);
        }
        Set<String> undefined = undefinedRoles(checked);
        if (!undefined.isEmpty()) {
            throw ApiProblem.invalid("roles", "names no role of this tenant: " + String.join(", ", undefined));
        }
        return checked;
    }

    /**
     * The names among these that are no role of the current tenant. Call inside a transaction in the tenant's scope.
     *
     * @param roles role names
     * @return the undefined ones
     */
    public Set<String> undefinedRoles(Set<String> roles) {
        return tenantRoles.undefined(roles);
    }

    /**
     * Whether the account has a membership (active or not) in the current tenant.
     *
     * @param userId the account
     * @return true if it is a member here
     */
    public boolean isMember(UUID userId) {
        return membership(userId).isPresent();
    }

    private static void requireTenant() {
        if (TenantContext.tenant().isEmpty()) {
            throw new IllegalStateException("Members are per tenant: no tenant in scope");
        }
    }
}
