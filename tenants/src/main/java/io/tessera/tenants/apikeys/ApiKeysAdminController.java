package io.tessera.tenants.apikeys;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.apikey.ApiKeys;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.security.RequiresPermission;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/api-keys}: create (the secret is shown once), list, revoke. */
@RestController
@RequestMapping("/api/v1/admin/api-keys")
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
class ApiKeysAdminController {

    private final ApiKeys keys;

    ApiKeysAdminController(ApiKeys keys) {
        this.keys = keys;
    }

    record NewKey(String name, Set<String> scopes, Instant expiresAt) {
    }

    record Created(UUID id, String name, String prefix, Set<String> scopes, Instant expiresAt, String secret) {
    }

    @PostMapping
    ResponseEntity<Created> create(@RequestBody NewKey request) {
        try {
            ApiKeys.CreatedKey created = keys.create(request.name(), request.scopes(), request.expiresAt());
            ApiKeys.KeyView k = created.key();
            return ResponseEntity.created(URI.create("/api/v1/admin/api-keys/" + k.id()))
                    .body(new Created(k.id(), k.name(), k.prefix(), k.scopes(), k.expiresAt(), created.secret()));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY.value(), e.getMessage());
        }
    }

    @GetMapping
    List<ApiKeys.KeyView> list() {
        return keys.list();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        keys.revoke(id).orElseThrow(() -> ApiProblem.notFound("API key", id));
        return ResponseEntity.noContent().build();
    }
}
