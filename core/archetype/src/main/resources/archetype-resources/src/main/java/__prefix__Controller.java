package ${package};

import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/${id}/entries}: the current tenant's entries. The kernel answers 404 for tenants without the
 * module, renders every error as RFC 9457 problem+json and refuses a handler without a permission.
 */
@RestController
@RequestMapping("/api/v1/${id}/entries")
class ${prefix}Controller {

    private final ${prefix}Service entries;

    ${prefix}Controller(${prefix}Service entries) {
        this.entries = entries;
    }

    @PostMapping
    @RequiresPermission(${prefix}Module.WRITE)
    ResponseEntity<${prefix}View> create(@Valid @RequestBody ${prefix}Request request) {
        ${prefix}View created = entries.create(request);
        return ResponseEntity.created(URI.create("/api/v1/${id}/entries/" + created.id())).body(created);
    }

    /** {@code ?page=&size=}: one page (size 1..200), newest first. */
    @GetMapping
    @RequiresPermission(${prefix}Module.READ)
    PageView<${prefix}View> list(@RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return entries.list(Paging.of(page, size));
    }

    @GetMapping("/{id}")
    @RequiresPermission(${prefix}Module.READ)
    ${prefix}View get(@PathVariable UUID id) {
        return entries.get(id);
    }

    @PutMapping("/{id}")
    @RequiresPermission(${prefix}Module.WRITE)
    ${prefix}View update(@PathVariable UUID id, @Valid @RequestBody ${prefix}Request request) {
        return entries.update(id, request);
    }

    @DeleteMapping("/{id}")
    @RequiresPermission(${prefix}Module.WRITE)
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        entries.delete(id);
        return ResponseEntity.noContent().build();
    }
}
