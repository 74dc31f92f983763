package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.CostMethod;
import io.tessera.plugins.catalog.api.ProductChanged;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.api.Tracking;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.common.ApiNames;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.Problems;
import io.tessera.plugins.catalog.uom.UnitService;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The current tenant's products: create, read, replace, archive and restore, delete while unused. Every change is
 * published as {@link ProductChanged} through the outbox, in the same transaction.
 */
class ProductService {

    private final EntityManager em;
    private final Transactions tx;
    private final Validator validator;
    private final UnitService units;
    private final CategoryService categories;
    private final EventPublisher events;

    ProductService(EntityManager em, Transactions tx, Validator validator, UnitService units,
                   CategoryService categories, EventPublisher events) {
        this.em = em;
        this.tx = tx;
        this.validator = validator;
        this.units = units;
        this.categories = categories;
        this.events = events;
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    ProductView create(ProductRequest r) {
        return tx.write(() -> {
            Checked checked = check(r, null);
            requireUnique(checked.fields(), null);
            Product product = new Product(checked.type());
            product.describe(checked.fields());
            em.persist(product);
            em.flush();
            publish(product, "created");
            return ProductView.of(product, checked.category());
        });
    }

    ProductView get(UUID id) {
        return tx.read(() -> {
            Product product = find(id);
            return ProductView.of(product, categories.find(product.getCategoryId()).orElseThrow());
        });
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    ProductView update(UUID id, ProductRequest r) {
        return tx.write(() -> {
            Product product = find(id);
            if (r.version() != null && !Objects.equals(r.version(), product.getVersion())) {
                throw ApiProblem.conflict("Product " + id + " was changed by someone else (version " + product.getVersion()
                        + ", you sent " + r.version() + "); reload it and try again");
            }
            Checked checked = check(r, product);
            requireUnique(checked.fields(), id);
            product.describe(checked.fields());
            em.flush();
            publish(product, "updated");
            return ProductView.of(product, checked.category());
        });
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    ProductView setActive(UUID id, boolean active) {
        return tx.write(() -> {
            Product product = find(id);
            if (product.isActive() != active) {
                product.setActive(active);
                em.flush();
                publish(product, active ? "restored" : "archived");
            }
            return ProductView.of(product, categories.find(product.getCategoryId()).orElseThrow());
        });
    }

    /** Deletes a product nothing refers to yet; once used (variants, prices, suppliers, other modules), archive it. */
    @RequiresPermission(CatalogPermissions.WRITE)
    void delete(UUID id) {
        tx.write(() -> {
            Product product = find(id);
            em.remove(product);
            try {
                em.flush();
            } catch (PersistenceException inUse) {
                if (!isConstraintViolation(inUse)) {
                    throw inUse;
                }
                throw ApiProblem.conflict("Product " + product.getSku() + " is in use (variants, prices, suppliers "
                        + "or documents refer to it); archive it instead");
            }
            events.publish(new ProductChanged(id, product.getSku(), product.getType(), false, "deleted"));
        });
    }

    private static boolean isConstraintViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    Product find(UUID id) {
        return em.createQuery("select p from Product p where p.id = :id", Product.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ApiProblem.notFound("Product", id));
    }

    private void publish(Product p, String change) {
        events.publish(new ProductChanged(p.getId(), p.getSku(), p.getType(), p.isActive(), change));
    }

    private void requireUnique(ProductFields f, UUID self) {
        List<Object[]> clashes = em.createQuery("""
                        select p.id, p.sku, p.barcode from Product p
                        where p.sku = :sku or (:barcode is not null and p.barcode = :barcode)""", Object[].class)
                .setParameter("sku", f.sku()).setParameter("barcode", f.barcode()).getResultList();
        for (Object[] clash : clashes) {
            if (clash[0].equals(self)) {
                continue;
            }
            if (f.sku().equals(clash[1])) {
                throw ApiProblem.conflict("SKU " + f.sku() + " is already used by product " + clash[0]);
            }
            throw ApiProblem.conflict("Barcode " + f.barcode() + " is already used by product " + clash[0]
                    + " (SKU " + clash[1] + ")");
        }
    }

    /** A request checked against the tenant's units and categories, every bad field named at once. */
    record Checked(ProductType type, ProductFields fields, ProductCategory category) {
    }

    private Checked check(ProductRequest r, Product existing) {
        Problems problems = Problems.of(validator, r);
        ProductType type = ApiNames.parse(ProductType.class, r.type()).orElse(null);
        Tracking tracking = r.tracking() == null ? Tracking.NONE : ApiNames.parse(Tracking.class, r.tracking()).orElse(null);
        CostMethod method = ApiNames.parse(CostMethod.class, r.costMethod()).orElse(null);
        String salesUom = r.salesUom() == null || r.salesUom().isBlank() ? r.uom() : r.salesUom().strip();
        String purchaseUom = r.purchaseUom() == null || r.purchaseUom().isBlank() ? r.uom() : r.purchaseUom().strip();

        Map<String, UnitInfo> found = units.findAll(Arrays.asList(r.uom(), salesUom, purchaseUom));
        UnitInfo base = found.get(r.uom());
        if (!problems.has("uom") && base == null) {
            problems.add("uom", "is not a unit of this tenant (see GET /api/v1/catalog/uoms)");
        }
        if (existing != null && !problems.has("uom") && !existing.getBaseUom().equals(r.uom())) {
            problems.add("uom", "cannot change from " + existing.getBaseUom() + ": stored quantities are in it");
        }
        sameCategory(problems, "salesUom", salesUom, base, found);
        sameCategory(problems, "purchaseUom", purchaseUom, base, found);

        ProductCategory category = null;
        if (r.categoryId() != null) {
            category = categories.find(r.categoryId()).orElse(null);
            if (category == null) {
                problems.add("categoryId", "refers to no category of this tenant");
            } else if (method != null && category.getCostMethod() != method) {
                problems.add("costMethod", "must be the category's costing method, "
                        + ApiNames.of(category.getCostMethod()) + " (or left out)");
            }
        }
        if (existing != null && type != null && type != existing.getType()) {
            problems.add("type", "cannot change from " + ApiNames.of(existing.getType())
                    + ": documents and stock depend on it; create a new product");
        }
        if (type == ProductType.SERVICE && tracking != null && tracking != Tracking.NONE) {
            problems.add("tracking", "must be none for a service");
        }
        if (r.salesPrice() != null && r.currency() == null) {
            problems.add("currency", "is required with a sales price");
        }
        problems.throwIfAny();

        if (category == null) {
            category = existing != null && method == null
                    ? categories.find(existing.getCategoryId()).orElseThrow()
                    : categories.forNewProduct(method);
        }
        ProductFields fields = new ProductFields(r.sku().strip(), r.name().strip(), blankToNull(r.description()),
                category.getId(), r.uom(), salesUom, purchaseUom, tracking, r.salesPrice(),
                r.salesPrice() == null ? null : r.currency(), r.standardCost(), blankToNull(r.barcode()));
        return new Checked(type, fields, category);
    }

    private static void sameCategory(Problems problems, String field, String code, UnitInfo base,
                                     Map<String, UnitInfo> found) {
        if (problems.has(field) || problems.has("uom")) {
            return;
        }
        UnitInfo unit = found.get(code);
        if (unit == null) {
            problems.add(field, "is not a unit of this tenant (see GET /api/v1/catalog/uoms)");
        } else if (base != null && !unit.category().equals(base.category())) {
            problems.add(field, "must be a unit of the base unit's category, " + base.category() + " (" + code
                    + " is " + unit.category() + ")");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Optional lookup by id without throwing, for callers of this package. */
    Optional<Product> findOptional(UUID id) {
        return em.createQuery("select p from Product p where p.id = :id", Product.class)
                .setParameter("id", id).getResultStream().findFirst();
    }
}
