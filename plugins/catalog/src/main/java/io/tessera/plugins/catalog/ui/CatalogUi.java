package io.tessera.plugins.catalog.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.pricing.PriceListEditorView;
import io.tessera.plugins.catalog.pricing.PriceListsView;
import io.tessera.plugins.catalog.product.CategoriesView;
import io.tessera.plugins.catalog.product.ProductEditorView;
import io.tessera.plugins.catalog.product.ProductImportView;
import io.tessera.plugins.catalog.product.ProductsView;
import io.tessera.plugins.catalog.uom.UnitsView;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import java.util.List;

/**
 * The catalog's contribution to the shell: products, categories, units and price lists under ERP, and the pages
 * they open (a product, the CSV import, a price list), which are not in the menu.
 */
public class CatalogUi implements ModuleUi {

    /** Created by the kernel (registered only where the UI kit is present). */
    public CatalogUi() {
    }

    @Override
    public String moduleId() {
        return "catalog";
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem("catalog/products", ProductsView.class, "catalog.nav.products", VaadinIcon.PACKAGE,
                        NavGroup.ERP, CatalogPermissions.READ),
                new NavItem("catalog/categories", CategoriesView.class, "catalog.nav.categories", VaadinIcon.FOLDER,
                        NavGroup.ERP, CatalogPermissions.READ),
                new NavItem("catalog/units", UnitsView.class, "catalog.nav.units", VaadinIcon.SCALE,
                        NavGroup.ERP, CatalogPermissions.READ),
                new NavItem("catalog/price-lists", PriceListsView.class, "catalog.nav.priceLists", VaadinIcon.TAGS,
                        NavGroup.ERP, CatalogPermissions.READ),
                new NavItem(ProductEditorView.ROUTE, ProductEditorView.class, "catalog.nav.product", VaadinIcon.PACKAGE,
                        NavGroup.ERP, CatalogPermissions.READ, true),
                new NavItem(ProductImportView.ROUTE, ProductImportView.class, "catalog.nav.import", VaadinIcon.UPLOAD,
                        NavGroup.ERP, CatalogPermissions.READ, true),
                new NavItem(PriceListEditorView.ROUTE, PriceListEditorView.class, "catalog.nav.priceList",
                        VaadinIcon.TAGS, NavGroup.ERP, CatalogPermissions.READ, true));
    }
}
