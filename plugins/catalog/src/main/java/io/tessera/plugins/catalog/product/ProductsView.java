package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.common.ApiNames;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.sdk.CurrentUser;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import io.tessera.ui.kit.notify.Notifications;
import java.util.Arrays;
import java.util.List;

/**
 * The products of the tenant: a lazy grid ordered by SKU, searched by SKU, name or barcode, filtered by type and
 * archive state, with the list price right-aligned in the tenant's format, a new-product form above it and an
 * archive / restore action per row.
 */
public class ProductsView extends VerticalLayout implements HasDynamicTitle {

    private final Select<ProductType> type = new Select<>();
    private final Checkbox archived = new Checkbox();
    private final EntityGrid<ProductView> grid;

    /**
     * Created by the shell.
     *
     * @param queries  product lists
     * @param products product changes
     * @param user     the signed-in user
     */
    public ProductsView(ProductQueries queries, ProductService products, CurrentUser user) {
        setSizeFull();
        boolean canWrite = user.hasPermission(CatalogPermissions.WRITE);
        TenantFormat format = TenantFormat.current();
        grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<ProductView> fetch(EntityQuery query) {
                return queries.slice(filter(query.filter()), query.offset(), query.limit());
            }

            @Override
            public long count(String text) {
                return queries.count(filter(text));
            }
        });
        grid.setId("catalog-products");
        grid.enableCsvExport("products.csv").setId("catalog-products-csv");
        grid.addColumn(getTranslation("catalog.field.sku"), ProductView::sku);
        grid.addColumn(getTranslation("catalog.field.name"), ProductView::name);
        grid.addColumn(getTranslation("catalog.field.type"), p -> getTranslation("catalog.type." + p.type()));
        grid.addColumn(getTranslation("catalog.field.category"), ProductView::category);
        grid.addColumn(getTranslation("catalog.field.uom"), ProductView::uom);
        grid.addColumn(getTranslation("catalog.field.salesPrice"),
                        p -> p.salesPrice() == null ? "" : format.money(p.salesPrice(), p.currency()))
                .setTextAlign(ColumnTextAlign.END);
        grid.getGrid().addComponentColumn(p -> {
            Button toggle = new Button(getTranslation(p.active() ? "catalog.action.archive" : "catalog.action.restore"),
                    e -> {
                        try {
                            products.setActive(p.id(), !p.active());
                            Notifications.success(getTranslation(p.active() ? "catalog.action.archived"
                                    : "catalog.action.restored", p.sku()));
                            grid.refresh();
                        } catch (RuntimeException ex) {
                            Notifications.error(ex);
                        }
                    });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            toggle.setVisible(canWrite);
            toggle.setAriaLabel(toggle.getText() + " – " + p.sku());
            return toggle;
        });

        type.setLabel(getTranslation("catalog.field.type"));
        type.setItems(Arrays.asList(ProductType.values()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("catalog.filter.anyType"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("catalog.filter.anyType")
                : getTranslation("catalog.type." + ApiNames.of(t)));
        grid.addFilter(type).addValueChangeListener(e -> grid.refresh());
        archived.setLabel(getTranslation("catalog.filter.archived"));
        grid.addFilter(archived).addValueChangeListener(e -> grid.refresh());

        add(new H2(getTranslation("catalog.products.title")));
        if (canWrite) {
            ProductFormView form = new ProductFormView(products);
            form.onCreated(p -> grid.refresh());
            add(form);
        } else {
            add(new Span(getTranslation("catalog.products.readOnly")));
        }
        add(grid);
        setFlexGrow(1, grid);
    }

    private ProductFilter filter(String text) {
        return new ProductFilter(text, type.getValue(), null, archived.getValue(), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.products.title");
    }
}
