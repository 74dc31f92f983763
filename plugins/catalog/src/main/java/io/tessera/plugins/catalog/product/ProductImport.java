package io.tessera.plugins.catalog.product;

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
 * and field, and a dry run (or any error) rolls everything back. Rows whose SKU exists already are skipped.
 */
class ProductImport {

    /** The most rows of one import. */
    static final int MAX_ROWS = 5000;

    static final List<String> COLUMNS = List.of("sku", "name", "description", "type", "category", "costMethod", "uom",
            "salesUom", "purchaseUom", "tracking", "salesPrice", "currency", "standardCost", "barcode");

    private final EntityManager em;
    private final Transactions tx;
    private final ProductService products;

    ProductImport(EntityManager em, Transactions tx, ProductService products) {
        this.em = em;
        this.tx = tx;
        this.products = products;
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
     * @param skipped rows whose SKU exists already
     * @param errors  refused rows (nothing is written when there is one)
     */
    record Result(boolean dryRun, int rows, int created, int skipped, List<RowError> errors) {
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
        em.createQuery("select c.id, c.name from ProductCategory c", Object[].class).getResultList()
                .forEach(c -> categories.put(((String) c[1]).toLowerCase(Locale.ROOT), (UUID) c[0]));
        Set<String> skus = new HashSet<>();
        List<String> fileSkus = table.stream().skip(1).map(r -> cell(r, columns, "sku")).filter(s -> s != null).toList();
        if (!fileSkus.isEmpty()) {
            skus.addAll(em.createQuery("select p.sku from Product p where p.sku in :skus", String.class)
                    .setParameter("skus", fileSkus).getResultList());
        }
        List<RowError> errors = new ArrayList<>();
        int created = 0;
        int skipped = 0;
        for (int r = 1; r < table.size(); r++) {
            int rowNumber = r + 1;
            List<String> cells = table.get(r);
            String sku = cell(cells, columns, "sku");
            if (sku != null && skus.contains(sku)) {
                skipped++;
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
            ProductRequest request = new ProductRequest(sku, cell(cells, columns, "name"),
                    cell(cells, columns, "description"), lower(cell(cells, columns, "type")), categoryId,
                    lower(cell(cells, columns, "costMethod")), cell(cells, columns, "uom"), cell(cells, columns, "salesUom"),
                    cell(cells, columns, "purchaseUom"), lower(cell(cells, columns, "tracking")), salesPrice,
                    cell(cells, columns, "currency"), standardCost, cell(cells, columns, "barcode"), null);
            try {
                products.create(request);
                created++;
                skus.add(sku);
            } catch (ApiProblem refused) {
                if (refused.errors().isEmpty()) {
                    errors.add(new RowError(rowNumber, refused.status() == 409 ? "sku" : "row", refused.getMessage()));
                }
                refused.errors().forEach(e -> errors.add(new RowError(rowNumber, e.field(), e.message())));
            }
        }
        return new Result(dryRun, table.size() - 1, created, skipped, List.copyOf(errors));
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
