package io.tessera.plugins.catalog.product;

import java.util.List;

/** The parts of the product package, registered by the module in one place. */
public final class ProductComponents {

    private ProductComponents() {
    }

    /** @return the package's Spring components */
    public static List<Class<?>> all() {
        return List.of(CategoryService.class, CategoryInstaller.class, CategoryController.class, ProductService.class,
                ProductQueries.class, SupplierService.class, VariantService.class, ProductImport.class, ProductCatalog.class, ProductController.class);
    }

    /** A class of accounting's published API: category accounts are picked from and checked against the chart only where it is present. */
    public static final String ACCOUNTING_API = "io.tessera.plugins.accounting.api.Postings";

    /** @return the components that name accounting's API (register with {@code whenPresent(ACCOUNTING_API, ...)}) */
    public static List<Class<?>> withAccounting() {
        return List.of(AccountingChart.class, AccountingCategoryChart.class);
    }

    /** @return their stand-ins where accounting is not on the server */
    public static List<Class<?>> withoutAccounting() {
        return List.of(NoChart.class);
    }

    /** @return the package's entities */
    public static List<Class<?>> entities() {
        return List.of(ProductCategory.class, Product.class, ProductSupplier.class, ProductAttribute.class,
                AttributeValue.class);
    }
}
