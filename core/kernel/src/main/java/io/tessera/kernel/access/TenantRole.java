package io.tessera.kernel.access;

import io.tessera.sdk.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** A role a tenant admin defined: a named bundle of permissions. */
@Entity
@Table(name = "tenant_roles")
class TenantRole extends TenantScopedEntity {

    @Column(nullable = false, length = 32)
    private String name;

    @Column(length = 300)
    private String description;

    @Column(nullable = false, length = 4000)
    private String permissions;

    protected TenantRole() {
    }

    TenantRole(String name, String description, Set<String> permissions) {
        this.name = name;
        update(description, permissions);
    }

    void update(String description, Set<String> permissions) {
        this.description = description;
        this.permissions = String.join(",", permissions);
    }

    void rename(String name) {
        this.name = name;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    Set<String> getPermissions() {
        return permissions.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(permissions.split(",")));
    }
}
