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

    /** @return the package's entities */
    public static List<Class<?>> entities() {
        return List.of(ProductCategory.class, Product.class, ProductSupplier.class, ProductAttribute.class,
                AttributeValue.class);
    }
}
