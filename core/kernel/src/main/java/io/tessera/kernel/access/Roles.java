package io.tessera.kernel.access;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.Permission;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current tenant's roles: the built-in {@code admin} (every permission) and {@code member} (the
 * permissions granted to members), and the roles its admins define.
 */
@Service
public class Roles {

    /** Built-in role holding every permission. */
    public static final String ADMIN = "admin";
    /** Built-in role holding the permissions granted to members. */
    public static final String MEMBER = "member";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final AccessChanges changes;

    Roles(EntityManager entityManager, JdbcClient jdbc, Permissions permissions, AccessChanges changes) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.changes = changes;
    }

    /**
     * A role and what it holds.
     *
     * @param name        role name
     * @param description what it is for
     * @param permissions the permissions it holds
     * @param builtIn     whether it is built in (and cannot be changed)
     */
    public record RoleView(String name, String description, Set<String> permissions, boolean builtIn) {
    }

    /** Built-in roles first, then the tenant's own by name. */
    @Transactional(readOnly = true)
    public List<RoleView> list() {
        List<RoleView> roles = new ArrayList<>();
        roles.add(new RoleView(ADMIN, "Everything, including tenant administration", keys(permissions.all()), true));
        roles.add(new RoleView(MEMBER, "Day-to-day work", permissions.memberDefaults(), true));
        custom().forEach(r -> roles.add(new RoleView(r.getName(), r.getDescription(), r.getPermissions(), false)));
        return roles;
    }

    /** Defines a role. */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public RoleView create(String name, String description, Set<String> granted) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be a lower-case word of up to 32 characters");
        }
        if (ADMIN.equals(name) || MEMBER.equals(name) || find(name).isPresent()) {
            throw new IllegalStateException("A role named '" + name + "' already exists");
        }
        TenantRole role = new TenantRole(name, description, validated(granted));
        entityManager.persist(role);
        return view(role);
    }

    /** Changes a defined role's permissions and description. */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Optional<RoleView> update(String name, String description, Set<String> granted) {
        Set<String> checked = validated(granted);
        return find(name).map(role -> {
            role.update(description, checked);
            changes.changed();
            return view(role);
        });
    }

    /**
     * Renames a defined role that no active member holds (members' roles are never changed behind the
     * admin's back).
     *
     * @return the renamed role, or empty if there is no defined role of that name
     * @throws IllegalArgumentException if the new name is not a lower-case word
     * @throws IllegalStateException    if the new name is taken or a member holds the role
     */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public Optional<RoleView> rename(String name, String newName) {
        if (newName == null || !NAME.matcher(newName).matches()) {
            throw new IllegalArgumentException("name must be a lower-case word of up to 32 characters");
        }
        Optional<TenantRole> role = find(name);
        if (role.isEmpty() || name.equals(newName)) {
            return role.map(Roles::view);
        }
        if (ADMIN.equals(newName) || MEMBER.equals(newName) || find(newName).isPresent()) {
            throw new IllegalStateException("A role named '" + newName + "' already exists");
        }
        requireUnheld(name);
        role.get().rename(newName);
        changes.changed();
        return Optional.of(view(role.get()));
    }

    /** Deletes a defined role that no active member holds. */
    @Transactional
    @RequiresPermission(KernelPermissions.TENANT_ADMIN)
    public boolean delete(String name) {
        Optional<TenantRole> role = find(name);
        if (role.isEmpty()) {
            return false;
        }
        requireUnheld(name);
        entityManager.remove(role.get());
        changes.changed();
        return true;
    }

    private void requireUnheld(String name) {
        long holders = jdbc.sql("select roles from memberships where tenant_id = ? and status = 'ACTIVE'")
                .param(TenantContext.tenant().orElseThrow().id()).query(String.class).list().stream()
                .filter(roles -> Set.of(roles.split(",")).contains(name)).count();
        if (holders > 0) {
            throw new IllegalStateException("Role '" + name + "' is held by " + holders + " member(s); change their roles first");
        }
    }

    /**
     * What a member with these roles may do in the current tenant. Call inside a transaction in the
     * tenant's scope.
     */
    public Set<String> effectivePermissions(Set<String> roles) {
        if (roles.contains(ADMIN)) {
            return keys(permissions.all());
        }
        Set<String> effective = new LinkedHashSet<>();
        if (roles.contains(MEMBER)) {
            effective.addAll(permissions.memberDefaults());
        }
        Set<String> others = new LinkedHashSet<>(roles);
        others.remove(MEMBER);
        if (!others.isEmpty()) {
            entityManager.createQuery("select r from TenantRole r where r.name in :names", TenantRole.class)
                    .setParameter("names", others).getResultList()
                    .forEach(r -> effective.addAll(r.getPermissions()));
        }
        return effective;
    }

    /**
     * The names among these that are no role of the current tenant (neither built in nor defined by its admins), in
     * the given order. Call inside a transaction in the tenant's scope.
     *
     * @param names role names
     * @return the undefined ones, empty if all exist
     */
    public Set<String> undefined(Set<String> names) {
        Set<String> missing = new LinkedHashSet<>(names);
        missing.remove(ADMIN);
        missing.remove(MEMBER);
        if (!missing.isEmpty()) {
            missing.removeAll(entityManager.createQuery("select r.name from TenantRole r where r.name in :names", String.class)
                    .setParameter("names", missing).getResultList());
        }
        return missing;
    }

    private Set<String> validated(Set<String> granted) {
        Set<String> checked = new LinkedHashSet<>();
        for (String key : granted == null ? Set.<String>of() : granted) {
            if (!permissions.exists(key)) {
                throw new IllegalArgumentException("permissions: unknown permission '" + key + "'");
            }
            checked.add(key);
        }
        return checked;
    }

    private List<TenantRole> custom() {
        return entityManager.createQuery("select r from TenantRole r order by r.name", TenantRole.class).getResultList();
    }

    private Optional<TenantRole> find(String name) {
        return entityManager.createQuery("select r from TenantRole r where r.name = :name", TenantRole.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    private static RoleView view(TenantRole role) {
        return new RoleView(role.getName(), role.getDescription(), role.getPermissions(), false);
    }

    private static Set<String> keys(List<Permission> all) {
        Set<String> keys = new LinkedHashSet<>();
        all.forEach(p -> keys.add(p.key()));
        return keys;
    }
}
