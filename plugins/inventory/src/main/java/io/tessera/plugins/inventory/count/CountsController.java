package io.tessera.plugins.inventory.count;

import io.tessera.sdk.security.RequiresPermission;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/inventory/counts}: create (snapshot), show, record counted quantities, validate. */
@RestController
@RequestMapping("/api/v1/inventory/counts")
class CountsController {

    private final CountSheets sheets;

    CountsController(CountSheets sheets) {
        this.sheets = sheets;
    }

    @PostMapping
    @RequiresPermission("inventory.manage")
    ResponseEntity<CountView> create(@RequestBody CountRequests.Create body) {
        CountView view = sheets.create(body);
        return ResponseEntity.created(URI.create("/api/v1/inventory/counts/" + view.id())).body(view);
    }

    @GetMapping("/{id}")
    @RequiresPermission("inventory.read")
    CountView find(@PathVariable UUID id) {
        return sheets.find(id);
    }

    @PutMapping("/{id}")
    @RequiresPermission("inventory.manage")
    CountView record(@PathVariable UUID id, @RequestBody CountRequests.Record body) {
        return sheets.record(id, body);
    }

    @PostMapping("/{id}/validate")
    @RequiresPermission("inventory.manage")
    CountView validate(@PathVariable UUID id) {
        return sheets.validate(id);
    }
}
