package io.tessera.tenants.roles;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.access.Permissions;
import io.tessera.kernel.access.Roles;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.Permission;
import io.tessera.sdk.security.RequiresPermission;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/roles} and {@code /api/v1/admin/permissions}: tenant admins bundle permissions into roles. */
@RestController
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
class RolesAdminController {

    private final Roles roles;
    private final Permissions permissions;

    RolesAdminController(Roles roles, Permissions permissions) {
        this.roles = roles;
        this.permissions = permissions;
    }

    record RoleRequest(String name, String description, Set<String> permissions) {
    }

    @GetMapping("/api/v1/admin/permissions")
    List<Permission> permissions() {
        return permissions.all();
    }

    @GetMapping("/api/v1/admin/roles")
    List<Roles.RoleView> list() {
        return roles.list();
    }

    @PostMapping("/api/v1/admin/roles")
    ResponseEntity<Roles.RoleView> create(@RequestBody RoleRequest request) {
        try {
            Roles.RoleView created = roles.create(request.name(), request.description(), request.permissions());
            return ResponseEntity.created(URI.create("/api/v1/admin/roles/" + created.name())).body(created);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY.value(), e.getMessage());
        } catch (IllegalStateException e) {
            throw ApiProblem.conflict(e.getMessage());
        }
    }

    @PutMapping("/api/v1/admin/roles/{name}")
    Roles.RoleView update(@PathVariable String name, @RequestBody RoleRequest request) {
        if (Roles.ADMIN.equals(name) || Roles.MEMBER.equals(name)) {
            throw ApiProblem.conflict("The built-in role '" + name + "' cannot be changed");
        }
        try {
            return roles.update(name, request.description(), request.permissions())
                    .orElseThrow(() -> ApiProblem.notFound("Role", name));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY.value(), e.getMessage());
        }
    }

    @DeleteMapping("/api/v1/admin/roles/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        if (Roles.ADMIN.equals(name) || Roles.MEMBER.equals(name)) {
            throw ApiProblem.conflict("The built-in role '" + name + "' cannot be deleted");
        }
        try {
            if (!roles.delete(name)) {
                throw ApiProblem.notFound("Role", name);
            }
        } catch (IllegalStateException e) {
            throw ApiProblem.conflict(e.getMessage());
        }
        return ResponseEntity.noContent().build();
    }
}
