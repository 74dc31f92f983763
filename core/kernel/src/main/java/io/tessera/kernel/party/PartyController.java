package io.tessera.kernel.party;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.RowExport;

import io.tessera.sdk.web.PageView;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.Sort;
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

/** {@code /api/v1/parties}: the current tenant's companies and people. */
@RestController
@RequestMapping("/api/v1/parties")
class PartyController {

    private final PartyService service;

    PartyController(PartyService service) {
        this.service = service;
    }

    @PostMapping
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    ResponseEntity<PartyDetails> create(@Valid @RequestBody PartyRequest request) {
        PartyDetails created = service.create(request);
        return ResponseEntity.created(URI.create("/api/v1/parties/" + created.id())).body(created);
    }

    @GetMapping("/{id}")
    @RequiresPermission(KernelPermissions.PARTIES_READ)
    PartyDetails get(@PathVariable UUID id) {
        return service.get(id);
    }

    @GetMapping
    @RequiresPermission(KernelPermissions.PARTIES_READ)
    PageView<PartyDetails> list(@RequestParam(required = false) String q,
                             @RequestParam(required = false) String kind,
                             @RequestParam(required = false) String role,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) Integer page,
                             @RequestParam(required = false) Integer size,
                             @RequestParam(required = false) String sort) {
        return service.list(q, kind, role, PartyStatus.fromApi(status), PageView.Paging.of(page, size),
                PartySort.of(sort));
    }

    /** {@code Accept: text/csv}: every party matching the filters, in the list's order, streamed in keyset batches. */
    @GetMapping(produces = "text/csv")
    @RequiresPermission(KernelPermissions.PARTIES_READ)
    RowExport<PartyDetails> export(@RequestParam(required = false) String q,
                                @RequestParam(required = false) String kind,
                                @RequestParam(required = false) String role,
                                @RequestParam(required = false) String status,
                                @RequestParam(required = false) String sort) {
        PartyStatus state = PartyStatus.fromApi(status);
        Sort order = PartySort.of(sort);
        return new RowExport<>(PartyDetails.class, (last, limit) -> service.batchAfter(q, kind, role, state, order, last, limit));
    }

    @PutMapping("/{id}")
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    PartyDetails update(@PathVariable UUID id, @Valid @RequestBody PartyRequest request) {
        return service.update(id, request);
    }

    /** Archives a party (idempotent): it leaves lists and pickers and keeps its name on every record. */
    @PostMapping("/{id}/archive")
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    PartyDetails archive(@PathVariable UUID id) {
        return service.archive(id);
    }

    /** Restores an archived party (idempotent). */
    @PostMapping("/{id}/restore")
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    PartyDetails restore(@PathVariable UUID id) {
        return service.restore(id);
    }

    /** Deletes a party nothing refers to; 409 listing the references otherwise. */
    @DeleteMapping("/{id}")
    @RequiresPermission(KernelPermissions.PARTIES_WRITE)
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        service.delete(id);
        return ResponseEntity.noContent().build();
    }
}
