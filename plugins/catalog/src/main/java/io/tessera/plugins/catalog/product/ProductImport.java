package io.tessera.plugins.catalog.product;

import io.tessera.plugins.catalog.api.CostMethod;
import io.tessera.plugins.catalog.common.ApiNames;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.CsvTable;
import io.tessera.sdk.persistence.Transactions;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports products from CSV, all or nothing: every row is checked as a POST would be, errors are reported per row
 * and field, and a dry run (or any error) rolls everything back. A row whose SKU exists already updates that
 * product (an upsert): the columns the file has replace the product's values (a blank cell clears an optional one),
 * the columns it lacks keep them; a row that would change nothing is counted as unchanged and writes nothing.
 */
class ProductImport {

    /** The most rows of one import. */
    static final int MAX_ROWS = 5000;

    static final List<String> COLUMNS = List.of("sku", "name", "description", "type", "category", "costMethod", "uom",
            "salesUom", "purchaseUom", "tracking", "salesPrice", "currency", "standardCost", "barcode");

    private final EntityManager em;
    private final Transactions tx;
    private final ProductService products;
    private final ProductQueries queries;

    ProductImport(EntityManager em, Transactions tx, ProductService products, ProductQueries queries) {
        this.em = em;
        this.tx = tx;
        this.products = products;
        this.queries = queries;
    }

    /**
     * A refused row.
     *
     * @param row     its line number as a spreadsheet counts it (the header is 1)
     * @param field   the column
     * @param message what is wrong
     */
    record RowError(int row, String field, String message) {
    }

    /**
     * What an import did, or would do on a dry run.
     *
     * @param dryRun  whether nothing was written on purpose
     * @param rows    data rows read
     * @param created products created (or that would be)
     * @param updated existing products (by SKU) changed (or that would be)
     * @param skipped rows whose SKU exists already and that would change nothing
     * @param errors  refused rows (nothing is written when there is one)
     */
    record Result(boolean dryRun, int rows, int created, int updated, int skipped, List<RowError> errors) {
    }

    /** Carries the result out of the transaction it rolls back. */
    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Result result;

        RolledBack(Result result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    @RequiresPermission(CatalogPermissions.WRITE)
    Result run(String csv, boolean dryRun) {
        List<List<String>> table;
        try {
            table = CsvTable.parse(csv == null ? "" : csv);
        } catch (IllegalArgumentException malformed) {
            throw ApiProblem.invalid("body", malformed.getMessage());
        }
        if (table.size() < 2) {
            throw ApiProblem.invalid("body", "needs a header row and at least one row");
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw ApiProblem.invalid("body", "has " + (table.size() - 1) + " rows; at most " + MAX_ROWS + " per import");
        }
        Map<String, Integer> columns = columns(table.getFirst());
        Result result;
        try {
            result = tx.write(() -> {
                Result done = importRows(table, columns, dryRun);
                if (dryRun || !done.errors().isEmpty()) {
                    throw new RolledBack(done);
                }
                return done;
            });
        } catch (RolledBack rolledBack) {
            result = rolledBack.result;
        }
        if (!result.errors().isEmpty() && !dryRun) {
            throw new ApiProblem(422, result.errors().size() + " row(s) are invalid; nothing was imported",
                    result.errors().stream().map(e -> new ApiProblem.FieldError("row " + e.row() + ": " + e.field(),
                            e.message())).toList());
        }
        return result;
    }

    private Result importRows(List<List<String>> table, Map<String, Integer> columns, boolean dryRun) {
        Map<String, UUID> categories = new HashMap<>();
        Map<UUID, CostMethod> methods = new HashMap<>();
        em.createQuery("select c from ProductCategory c", ProductCategory.class).getResultList().forEach(c -> {
            categories.put(c.getName().toLowerCase(Locale.ROOT), c.getId());
            methods.put(c.getId(), c.getCostMethod());
        });
        List<String> fileSkus = table.stream().skip(1).map(r -> cell(r, columns, "sku")).filter(s -> s != null).toList();
        Map<String, ProductView> existing = new HashMap<>();
        if (!fileSkus.isEmpty()) {
            queries.views(em.createQuery("select p from Product p where p.sku in :skus", Product.class)
                    .setParameter("skus", fileSkus).getResultList()).forEach(p -> existing.put(p.sku(), p));
        }
        Set<String> seen = new HashSet<>();
        List<RowError> errors = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int skipped = 0;
        for (int r = 1; r < table.size(); r++) {
            int rowNumber = r + 1;
            List<String> cells = table.get(r);
            String sku = cell(cells, columns, "sku");
            if (sku != null && !seen.add(sku)) {
                errors.add(new RowError(rowNumber, "sku", "repeats the SKU of an earlier row: " + sku));
                continue;
            }
            UUID categoryId = null;
            String category = cell(cells, columns, "category");
            if (category != null) {
                categoryId = categories.get(category.toLowerCase(Locale.ROOT));
                if (categoryId == null) {
                    errors.add(new RowError(rowNumber, "category", "names no category of this tenant: " + category));
                    continue;
                }
            }
            List<RowError> numberErrors = new ArrayList<>();
            BigDecimal salesPrice = number(cells, columns, "salesPrice", rowNumber, numberErrors);
            BigDecimal standardCost = number(cells, columns, "standardCost", rowNumber, numberErrors);
            if (!numberErrors.isEmpty()) {
                errors.addAll(numberErrors);
                continue;
            }
            ProductView current = sku == null ? null : existing.get(sku);
            try {
                if (current == null) {
                    products.create(new ProductRequest(sku, cell(cells, columns, "name"),
                            cell(cells, columns, "description"), lower(cell(cells, columns, "type")), categoryId,
                            lower(cell(cells, columns, "costMethod")), cell(cells, columns, "uom"),
                            cell(cells, columns, "salesUom"), cell(cells, columns, "purchaseUom"),
                            lower(cell(cells, columns, "tracking")), salesPrice, cell(cells, columns, "currency"),
                            standardCost, cell(cells, columns, "barcode"), null));
                    created++;
                    continue;
                }
                ProductRequest before = requestOf(current);
                ProductRequest after = merge(before, cells, columns, categoryId, methods, salesPrice, standardCost);
                if (after.equals(before)) {
                    skipped++;
                } else {
                    products.update(current.id(), after);
                    updated++;
                }
            } catch (ApiProblem refused) {
                if (refused.errors().isEmpty()) {
                    errors.add(new RowError(rowNumber, refused.status() == 409 ? "sku" : "row", refused.getMessage()));
                }
                refused.errors().forEach(e -> errors.add(new RowError(rowNumber, e.field(), e.message())));
            }
        }
        return new Result(dryRun, table.size() - 1, created, updated, skipped, List.copyOf(errors));
    }

    /** A stored product as the request that would write it again unchanged. */
    private static ProductRequest requestOf(ProductView p) {
        return new ProductRequest(p.sku(), p.name(), p.description(), p.type(), p.categoryId(), null, p.uom(),
                p.salesUom(), p.purchaseUom(), p.tracking(), plain(p.salesPrice()), p.currency(), plain(p.standardCost()),
                p.barcode(), null);
    }

    /** The stored product with the file's columns laid over it: a column the file lacks keeps the stored value. */
    private static ProductRequest merge(ProductRequest p, List<String> cells, Map<String, Integer> columns,
                                        UUID categoryId, Map<UUID, CostMethod> methods, BigDecimal salesPrice,
                                        BigDecimal standardCost) {
        UUID category = columns.containsKey("category") && categoryId != null ? categoryId : p.categoryId();
        String costMethod = lower(cell(cells, columns, "costMethod"));
        if (costMethod != null && categoryId == null) {
            // a costing method without a category: keep the category when its method is that one, else let the
            // service pick (or create) a category with that method
            boolean same = ApiNames.parse(CostMethod.class, costMethod).map(m -> m == methods.get(p.categoryId()))
                    .orElse(false);
            category = same ? p.categoryId() : null;
            costMethod = same ? null : costMethod;
        }
        BigDecimal price = columns.containsKey("salesPrice") ? salesPrice : p.salesPrice();
        String currency = columns.containsKey("currency") ? cell(cells, columns, "currency") : p.currency();
        return new ProductRequest(p.sku(),
                or(p.name(), cells, columns, "name"),
                columns.containsKey("description") ? cell(cells, columns, "description") : p.description(),
                columns.containsKey("type") ? lower(cell(cells, columns, "type")) : p.type(),
                category, costMethod,
                or(p.uom(), cells, columns, "uom"),
                columns.containsKey("salesUom") ? orElse(cell(cells, columns, "salesUom"), p.uom()) : p.salesUom(),
                columns.containsKey("purchaseUom") ? orElse(cell(cells, columns, "purchaseUom"), p.uom()) : p.purchaseUom(),
                columns.containsKey("tracking") ? orElse(lower(cell(cells, columns, "tracking")), "none") : p.tracking(),
                plain(price), price == null ? null : currency,
                columns.containsKey("standardCost") ? plain(standardCost) : p.standardCost(),
                columns.containsKey("barcode") ? cell(cells, columns, "barcode") : p.barcode(), null);
    }

    private static String or(String stored, List<String> cells, Map<String, Integer> columns, String column) {
        return columns.containsKey(column) ? cell(cells, columns, column) : stored;
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** A number without trailing zeros, so that 4.5000 as stored equals 4.5 as written in a file. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String known = COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (known == null) {
                unknown.add(name);
            } else {
                columns.put(known, i);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid("body", "unknown columns " + unknown + "; the columns are " + COLUMNS);
        }
        for (String required : List.of("sku", "name", "type", "uom")) {
            if (!columns.containsKey(required)) {
                throw ApiProblem.invalid("body", "needs a " + required + " column; the columns are " + COLUMNS);
            }
        }
        return columns;
    }

    private static String cell(List<String> cells, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size() || cells.get(index).isBlank()) {
            return null;
        }
        return cells.get(index).strip();
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    private static BigDecimal number(List<String> cells, Map<String, Integer> columns, String column, int row,
                                     List<RowError> errors) {
        String text = cell(cells, columns, column);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            errors.add(new RowError(row, column, "must be a number such as 12.50"));
            return null;
        }
    }
}
