package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.CategoryAccounts;
import io.tessera.plugins.catalog.api.CostMethod;
import io.tessera.plugins.catalog.common.ApiNames;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.Problems;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/** The current tenant's product categories: costing method and stock accounts. */
class CategoryService {

    /** The name of the category seeded on enable. */
    static final String DEFAULT_NAME = "All products";

    private final EntityManager em;
    private final Transactions tx;
    private final Validator validator;
    private final ObjectProvider<CategoryChart> chart;

    CategoryService(EntityManager em, Transactions tx, Validator validator, ObjectProvider<CategoryChart> chart) {
        this.em = em;
        this.tx = tx;
        this.validator = validator;
        this.chart = chart;
    }

    List<CategoryView> list() {
        return tx.read(() -> em.createQuery("select c from ProductCategory c order by c.name, c.id", ProductCategory.class)
                .getResultStream().map(CategoryView::of).toList());
    }

    CategoryView get(UUID id) {
        return tx.read(() -> CategoryView.of(find(id).orElseThrow(() -> ApiProblem.notFound("Category", id))));
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    CategoryView create(CategoryRequest r) {
        return tx.write(() -> {
            check(r);
            requireUniqueName(r.name().strip(), null);
            ProductCategory category = new ProductCategory(r.name().strip(), method(r), accounts(r), false);
            em.persist(category);
            em.flush();
            return CategoryView.of(category);
        });
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    CategoryView update(UUID id, CategoryRequest r) {
        return tx.write(() -> {
            ProductCategory category = find(id).orElseThrow(() -> ApiProblem.notFound("Category", id));
            check(r);
            if (r.version() != null && !Objects.equals(r.version(), category.getVersion())) {
                throw ApiProblem.conflict("Category " + id + " was changed by someone else (version "
                        + category.getVersion() + ", you sent " + r.version() + "); reload it and try again");
            }
            requireUniqueName(r.name().strip(), id);
            category.describe(r.name().strip(), method(r), accounts(r));
            em.flush();
            return CategoryView.of(category);
        });
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    void delete(UUID id) {
        tx.write(() -> {
            ProductCategory category = find(id).orElseThrow(() -> ApiProblem.notFound("Category", id));
            if (category.isDefaultCategory()) {
                throw ApiProblem.conflict("The default category cannot be deleted");
            }
            long products = em.createQuery("select count(p) from Product p where p.categoryId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            if (products > 0) {
                throw ApiProblem.conflict("Category " + category.getName() + " still has " + products
                        + " products; move them to another category first");
            }
            em.remove(category);
        });
    }

    Optional<ProductCategory> find(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return tx.read(() -> em.createQuery("select c from ProductCategory c where c.id = :id", ProductCategory.class)
                .setParameter("id", id).getResultStream().findFirst());
    }

    Map<UUID, ProductCategory> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return tx.read(() -> em.createQuery("select c from ProductCategory c where c.id in :ids", ProductCategory.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(ProductCategory::getId, Function.identity())));
    }

    /**
     * The category a new product without one goes to: the default category when its method fits, else the first
     * category (by name) with the method asked for, else a new category "{@code <Method> costing}".
     */
    @RequiresPermission(CatalogPermissions.WRITE)
    ProductCategory forNewProduct(CostMethod method) {
        return tx.write(() -> {
            List<ProductCategory> all = em.createQuery(
                    "select c from ProductCategory c order by c.defaultCategory desc, c.name, c.id", ProductCategory.class)
                    .getResultList();
            Optional<ProductCategory> fit = all.stream()
                    .filter(c -> method == null ? c.isDefaultCategory() : c.getCostMethod() == method).findFirst();
            if (fit.isPresent()) {
                return fit.get();
            }
            if (method == null) {
                throw ApiProblem.invalid("categoryId", "is required: the tenant has no default category");
            }
            String name = switch (method) {
                case FIFO -> "FIFO costing";
                case AVERAGE -> "Average costing";
                case STANDARD -> "Standard costing";
            };
            ProductCategory created = new ProductCategory(name, method, CategoryAccounts.DEFAULTS, false);
            em.persist(created);
            return created;
        });
    }

    /**
     * Bean validation, then, where the tenant has accounting enabled, the accounts against its chart: each must name an
     * active account of a fitting type (stock: asset, cost of goods sold: expense, goods received not billed:
     * liability). One 422 names every bad field.
     */
    private void check(CategoryRequest r) {
        Problems problems = Problems.of(validator, r);
        CategoryAccounts accounts = accounts(r);
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("inventoryAccount", accounts.inventory());
        wanted.put("costOfGoodsSoldAccount", accounts.costOfGoodsSold());
        wanted.put("stockReceivedNotBilledAccount", accounts.stockReceivedNotBilled());
        wanted.values().removeIf(Objects::isNull);
        wanted.keySet().removeIf(problems::has);
        CategoryChart books = chart.getIfAvailable();
        if (books != null && !wanted.isEmpty()) {
            books.types(wanted.values()).ifPresent(types -> wanted.forEach((field, code) -> {
                String type = types.get(code);
                String fits = FITTING_TYPES.get(field);
                if (type == null) {
                    problems.add(field, "names no active account of the chart: " + code);
                } else if (!type.equals(fits)) {
                    problems.add(field, "must be " + kind(fits) + " account; " + code + " is " + kind(type) + " account");
                }
            }));
        }
        problems.throwIfAny();
    }

    /** "an asset", "a liability". */
    private static String kind(String type) {
        String name = type.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }

    /** The account type each account field must have. */
    private static final Map<String, String> FITTING_TYPES = Map.of("inventoryAccount", "ASSET",
            "costOfGoodsSoldAccount", "EXPENSE", "stockReceivedNotBilledAccount", "LIABILITY");

    private void requireUniqueName(String name, UUID self) {
        List<UUID> same = em.createQuery("select c.id from ProductCategory c where lower(c.name) = lower(:name)", UUID.class)
                .setParameter("name", name).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw ApiProblem.conflict("A category named " + name + " exists already");
        }
    }

    private static CostMethod method(CategoryRequest r) {
        return ApiNames.parse(CostMethod.class, r.costMethod()).orElseThrow();
    }

    private static CategoryAccounts accounts(CategoryRequest r) {
        return new CategoryAccounts(blankToNull(r.inventoryAccount()), blankToNull(r.costOfGoodsSoldAccount()),
                blankToNull(r.stockReceivedNotBilledAccount()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
