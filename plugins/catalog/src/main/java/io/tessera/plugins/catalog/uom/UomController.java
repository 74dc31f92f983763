package io.tessera.plugins.catalog.uom;

import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.sdk.security.RequiresPermission;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/catalog/uoms}: the tenant's units of measure. */
@RestController
@RequestMapping("/api/v1/catalog/uoms")
class UomController {

    private final UnitService units;

    UomController(UnitService units) {
        this.units = units;
    }

    @GetMapping
    @RequiresPermission(CatalogPermissions.READ)
    List<UnitInfo> list() {
        return units.list();
    }

    /**
     * Converts a quantity exactly and rounds it once, half-up, to the target unit's scale (or {@code scale}).
     * Units of different categories, or unknown ones, are refused naming the field.
     */
    @GetMapping("/convert")
    @RequiresPermission(CatalogPermissions.READ)
    ConvertedQuantity convert(@RequestParam BigDecimal quantity, @RequestParam String from, @RequestParam String to,
                              @RequestParam(required = false) Integer scale) {
        return units.convertForApi(quantity, from, to, scale);
    }

    @PostMapping
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<UnitInfo> create(@RequestBody UnitRequest request) {
        UnitInfo created = units.create(request);
        return ResponseEntity.created(URI.create("/api/v1/catalog/uoms/" + created.code())).body(created);
    }
}
