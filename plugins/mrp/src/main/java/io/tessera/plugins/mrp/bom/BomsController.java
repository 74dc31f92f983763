package io.tessera.plugins.mrp.bom;

import io.tessera.sdk.security.RequiresPermission;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/mrp/boms}: create, list (keyset), read, activate. */
@RestController
@RequestMapping("/api/v1/mrp/boms")
class BomsController {

    private final Boms boms;

    BomsController(Boms boms) {
        this.boms = boms;
    }

    @PostMapping
    @RequiresPermission("mrp.manage")
    ResponseEntity<Bom> create(@RequestBody BomRequest body) {
        Bom bom = boms.create(body);
        return ResponseEntity.created(URI.create("/api/v1/mrp/boms/" + bom.id())).body(bom);
    }

    @GetMapping
    @RequiresPermission("mrp.read")
    List<Bom> list(@RequestParam(required = false) UUID productId, @RequestParam(required = false) UUID after,
                   @RequestParam(required = false) Integer size) {
        return boms.list(productId, after, size == null ? 100 : size);
    }

    @GetMapping("/{id}")
    @RequiresPermission("mrp.read")
    Bom find(@PathVariable UUID id) {
        return boms.find(id);
    }

    @PostMapping("/{id}/activate")
    @RequiresPermission("mrp.manage")
    Bom activate(@PathVariable UUID id) {
        return boms.activate(id);
    }
}
