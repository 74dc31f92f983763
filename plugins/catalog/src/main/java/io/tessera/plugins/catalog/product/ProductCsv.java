package io.tessera.plugins.catalog.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * Products as a CSV file in the import's columns ({@link ProductImport#COLUMNS}, the category by name), so that a
 * download can be edited in a spreadsheet and imported again to update the products by SKU. Read in keyset batches.
 */
final class ProductCsv {

    private static final int BATCH = 500;

    private ProductCsv() {
    }

    /** The active products of the current tenant, by SKU. */
    static String of(ProductQueries queries) {
        StringBuilder out = new StringBuilder(String.join(",", ProductImport.COLUMNS)).append("\r\n");
        var export = queries.export(new ProductFilter(null, null, null, false, null));
        ProductView last = null;
        while (true) {
            List<ProductView> batch = export.source().after(last, BATCH);
            for (ProductView p : batch) {
                List<Function<ProductView, Object>> cells = List.of(ProductView::sku, ProductView::name,
                        ProductView::description, ProductView::type, ProductView::category, v -> null, ProductView::uom,
                        ProductView::salesUom, ProductView::purchaseUom, ProductView::tracking, ProductView::salesPrice,
                        ProductView::currency, ProductView::standardCost, ProductView::barcode);
                out.append(String.join(",", cells.stream().map(c -> cell(c.apply(p))).toList())).append("\r\n");
            }
            if (batch.size() < BATCH) {
                return out.toString();
            }
            last = batch.getLast();
        }
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal d ? ProductForm.plain(d).toPlainString() : value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
