package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.common.ApiNames;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView;
import io.tessera.sdk.web.PageView.Paging;
import io.tessera.sdk.web.RowExport;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/catalog/products}: products, their archive state and their suppliers. */
@RestController
@RequestMapping("/api/v1/catalog/products")
class ProductController {

    private final ProductService products;
    private final ProductQueries queries;
    private final SupplierService suppliers;
    private final ProductCatalog catalog;
    private final VariantService variants;
    private final ProductImport imports;

    ProductController(ProductService products, ProductQueries queries, SupplierService suppliers,
                      ProductCatalog catalog, VariantService variants, ProductImport imports) {
        this.imports = imports;
        this.variants = variants;
        this.catalog = catalog;
        this.products = products;
        this.queries = queries;
        this.suppliers = suppliers;
    }

    @PostMapping
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<ProductView> create(@RequestBody ProductRequest request) {
        ProductView created = products.create(request);
        return ResponseEntity.created(URI.create("/api/v1/catalog/products/" + created.id())).body(created);
    }

    /** Active products (or archived ones with {@code archived=true}) ordered by SKU, a page at a time. */
    @GetMapping
    @RequiresPermission(CatalogPermissions.READ)
    PageView<ProductView> list(@RequestParam(required = false) String q,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) UUID categoryId,
                               @RequestParam(required = false) Boolean archived,
                               @RequestParam(required = false) UUID templateId,
                               @RequestParam(required = false) Integer page,
                               @RequestParam(required = false) Integer size) {
        return queries.page(filter(q, type, categoryId, archived, templateId), Paging.of(page, size));
    }

    /** {@code Accept: text/csv}: every product matching the filters, streamed in keyset batches. */
    @GetMapping(produces = "text/csv")
    @RequiresPermission(CatalogPermissions.READ)
    RowExport<ProductView> export(@RequestParam(required = false) String q,
                                  @RequestParam(required = false) String type,
                                  @RequestParam(required = false) UUID categoryId,
                                  @RequestParam(required = false) Boolean archived,
                                  @RequestParam(required = false) UUID templateId) {
        return queries.export(filter(q, type, categoryId, archived, templateId));
    }

    /**
     * Imports products from a {@code text/csv} body (columns as the export names them; {@code category} by name),
     * all or nothing: 422 naming each bad row and field, {@code dryRun=true} to check without writing. A row whose
     * SKU exists updates that product (the columns the file has replace its values, the others are kept).
     */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    @RequiresPermission(CatalogPermissions.WRITE)
    ProductImport.Result importCsv(@RequestParam(defaultValue = "false") boolean dryRun,
                                   @RequestBody(required = false) String csv) {
        return imports.run(csv, dryRun);
    }

    /** A product by SKU or barcode, as a scanner or an import gives it (archived ones included). */
    @GetMapping("/lookup")
    @RequiresPermission(CatalogPermissions.READ)
    ProductInfo lookup(@RequestParam String code) {
        return catalog.findByCode(code).orElseThrow(() -> ApiProblem.notFound("Product with SKU or barcode", code));
    }

    @GetMapping("/{id}")
    @RequiresPermission(CatalogPermissions.READ)
    ProductView get(@PathVariable UUID id) {
        return products.get(id);
    }

    @PutMapping("/{id}")
    @RequiresPermission(CatalogPermissions.WRITE)
    ProductView update(@PathVariable UUID id, @RequestBody ProductRequest request) {
        return products.update(id, request);
    }

    @PostMapping("/{id}/archive")
    @RequiresPermission(CatalogPermissions.WRITE)
    ProductView archive(@PathVariable UUID id) {
        return products.setActive(id, false);
    }

    @PostMapping("/{id}/restore")
    @RequiresPermission(CatalogPermissions.WRITE)
    ProductView restore(@PathVariable UUID id) {
        return products.setActive(id, true);
    }

    /** Deletes a product nothing refers to; 409 once it is used (archive it then). */
    @DeleteMapping("/{id}")
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        products.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** The variants of a template, by SKU. */
    @GetMapping("/{id}/variants")
    @RequiresPermission(CatalogPermissions.READ)
    List<ProductView> variants(@PathVariable UUID id) {
        return variants.variants(id);
    }

    /** Generates the variants of every combination of the attributes' values that does not exist yet. */
    @PostMapping("/{id}/variants")
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<List<ProductView>> generateVariants(@PathVariable UUID id, @RequestBody VariantsRequest request) {
        return ResponseEntity.status(201).body(variants.generate(id, request));
    }

    @GetMapping("/{id}/suppliers")
    @RequiresPermission(CatalogPermissions.READ)
    List<SupplierView> suppliers(@PathVariable UUID id) {
        return suppliers.list(id);
    }

    @PostMapping("/{id}/suppliers")
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<SupplierView> addSupplier(@PathVariable UUID id, @RequestBody SupplierRequest request) {
        SupplierView created = suppliers.add(id, request);
        return ResponseEntity.created(URI.create("/api/v1/catalog/products/" + id + "/suppliers/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}/suppliers/{supplierId}")
    @RequiresPermission(CatalogPermissions.WRITE)
    SupplierView updateSupplier(@PathVariable UUID id, @PathVariable UUID supplierId,
                                @RequestBody SupplierRequest request) {
        return suppliers.update(id, supplierId, request);
    }

    @DeleteMapping("/{id}/suppliers/{supplierId}")
    @RequiresPermission(CatalogPermissions.WRITE)
    ResponseEntity<Void> deleteSupplier(@PathVariable UUID id, @PathVariable UUID supplierId) {
        suppliers.delete(id, supplierId);
        return ResponseEntity.noContent().build();
    }

    private static ProductFilter filter(String q, String type, UUID categoryId, Boolean archived, UUID templateId) {
        ProductType productType = null;
        if (type != null && !type.isBlank()) {
            productType = ApiNames.parse(ProductType.class, type)
                    .orElseThrow(() -> ApiProblem.badRequest("type", "must be " + ApiNames.choices(ProductType.class)));
        }
        return new ProductFilter(q, productType, categoryId, Boolean.TRUE.equals(archived), templateId);
    }
}
