package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.sdk.security.RequiresPermission;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/catalog/categories}: product categories with their costing method and stock accounts. */
@RestController
@RequestMapping("/api/v1/catalog/categories")
class CategoryController {

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping
    @RequiresPermission(CatalogPermissions.READ)
    List<CategoryView> list() {
        return categories.list();
    }

    @GetMapping("/{id}")
    @RequiresPermission(CatalogPermissions.READ)
    CategoryView get(@PathVariable UUID id) {
        return categories.get(id);
    }

    @PostMapping
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<CategoryView> create(@RequestBody CategoryRequest request) {
        CategoryView created = categories.create(request);
        return ResponseEntity.created(URI.create("/api/v1/catalog/categories/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @RequiresPermission(CatalogPermissions.WRITE)
    CategoryView update(@PathVariable UUID id, @RequestBody CategoryRequest request) {
        return categories.update(id, request);
    }

    @DeleteMapping("/{id}")
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        categories.delete(id);
        return ResponseEntity.noContent().build();
    }
}
