package io.tessera.tenants.platform;

import io.tessera.kernel.access.PlatformOperator;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.account.TenantProvisioning;
import io.tessera.kernel.account.Tenant;
import io.tessera.kernel.account.TenantStatus;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.tenants.identity.IdentityDirectory;
import io.tessera.tenants.identity.IdentityDirectoryException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/platform/tenants}: the platform operator provisions, lists, suspends and resumes tenants. */
@RestController
@PlatformOperator
@RequestMapping("/api/v1/platform/tenants")
class PlatformTenantsController {

    private final TenantDirectory tenants;
    private final TenantProvisioning provisioning;
    private final TenantOffboarding offboarding;
    private final IdentityDirectory directory;

    PlatformTenantsController(TenantDirectory tenants, TenantProvisioning provisioning, TenantOffboarding offboarding,
            IdentityDirectory directory) {
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.offboarding = offboarding;
        this.directory = directory;
    }

    /** Offboarding: exports the tenant's data, then deletes all of it. */
    @DeleteMapping("/{slug}")
    TenantOffboarding.Result delete(@PathVariable String slug) {
        return offboarding.delete(slug);
    }

    record AdminRequest(String email, String password, String name) {
    }

    record CreateTenantRequest(String slug, String name, AdminRequest admin) {
    }

    record TenantView(UUID id, String slug, String name, String status, Instant createdAt) {
        static TenantView of(Tenant t) {
            return new TenantView(t.getId(), t.getSlug(), t.getName(), t.getStatus().name(), t.getCreatedAt());
        }
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody CreateTenantRequest request) {
        if (request.admin() == null) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST.value(), "admin is required: {\"email\",\"password\",\"name\"}");
        }
        TenantProvisioning.AdminSpec admin = new TenantProvisioning.AdminSpec(request.admin().email(), request.admin().name(),
                request.admin().password());
        try {
            TenantProvisioning.checkTenantRequest(request.slug(), request.name(), admin);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST.value(), e.getMessage());
        }
        if (tenants.findTenant(request.slug()).isPresent()) {
            throw ApiProblem.conflict("A tenant with slug '" + request.slug() + "' already exists");
        }
        // the directory first (it may refuse), then the database; whichever fails, nothing is left on either side
        IdentityDirectory.Registration registration;
        try {
            registration = directory.registerTenant(request.slug(), request.name().strip(),
                    new IdentityDirectory.Person(admin.email(), admin.name(), admin.password()));
        } catch (IdentityDirectoryException e) {
            throw new ApiProblem(e.status().value(), e.getMessage());
        }
        TenantRef tenant;
        try {
            tenant = provisioning.provisionTenant(request.slug(), request.name(), admin, registration.subject().orElse(null));
        } catch (IllegalArgumentException e) {
            registration.undo();
            throw new ApiProblem(HttpStatus.BAD_REQUEST.value(), e.getMessage());
        } catch (IllegalStateException e) {
            registration.undo();
            throw ApiProblem.conflict(e.getMessage());
        } catch (DataIntegrityViolationException e) {
            registration.undo();
            throw ApiProblem.conflict("A tenant with slug '" + request.slug() + "' already exists");
        } catch (RuntimeException e) {
            registration.undo();
            throw e;
        }
        return ResponseEntity.created(URI.create("/api/v1/platform/tenants/" + tenant.slug()))
                .body(Map.of("id", tenant.id(), "slug", tenant.slug()));
    }

    @GetMapping
    PageView<TenantView> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        var found = tenants.tenants(paging.page(), paging.size());
        List<TenantView> items = found.getContent().stream().map(TenantView::of).toList();
        return PageView.of(items, paging, paging.total(items.size(), found::getTotalElements));
    }

    @GetMapping("/{slug}")
    TenantView get(@PathVariable String slug) {
        return tenants.findTenant(slug).map(TenantView::of).orElseThrow(() -> ApiProblem.notFound("Tenant", slug));
    }

    @PostMapping("/{slug}/suspend")
    TenantView suspend(@PathVariable String slug) {
        return status(slug, TenantStatus.SUSPENDED);
    }

    @PostMapping("/{slug}/resume")
    TenantView resume(@PathVariable String slug) {
        return status(slug, TenantStatus.ACTIVE);
    }

    private TenantView status(String slug, TenantStatus status) {
        return tenants.setStatus(slug, status).map(TenantView::of).orElseThrow(() -> ApiProblem.notFound("Tenant", slug));
    }
}
