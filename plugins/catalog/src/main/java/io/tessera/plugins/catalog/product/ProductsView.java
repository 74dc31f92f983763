package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
 * The products of the tenant: a lazy grid ordered by SKU, searched by SKU, name or barcode, filtered by type,
 * category and archive state, with the list price right-aligned in the tenant's format and an archive / restore
 * action per row. A row opens the product; "New product" opens an empty form, "Import" the CSV import.
 */
public class ProductsView extends VerticalLayout implements HasDynamicTitle {

    private final Select<ProductType> type = new Select<>();
    private final Select<CategoryView> category = new Select<>();
    private final Checkbox archived = new Checkbox();
    private final EntityGrid<ProductView> grid;

    /**
     * Created by the shell.
     *
     * @param queries    product lists
     * @param products   product changes
     * @param categories the categories, to filter by
     * @param user       the signed-in user
     */
    public ProductsView(ProductQueries queries, ProductService products, CategoryService categories, CurrentUser user) {
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
        grid.addColumn(getTranslation("catalog.field.sku"), ProductView::sku).setAutoWidth(true);
        grid.addColumn(getTranslation("catalog.field.name"),
                p -> p.variantValues() == null ? p.name() : p.name() + " (" + p.variantValues() + ")").setFlexGrow(2);
        grid.addColumn(getTranslation("catalog.field.type"), p -> getTranslation("catalog.type." + p.type()));
        grid.addColumn(getTranslation("catalog.field.category"), ProductView::category);
        grid.addColumn(getTranslation("catalog.field.uom"), ProductView::uom);
        grid.addColumn(getTranslation("catalog.field.salesPrice"),
                        p -> p.salesPrice() == null ? "" : format.money(p.salesPrice(), p.currency()))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
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
            toggle.setAriaLabel(toggle.getText() + " " + p.sku());
            // the button acts on its own: its click must not also open the row
            toggle.getElement().executeJs("this.addEventListener('click', e => e.stopPropagation())");
            return toggle;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.getGrid().addItemClickListener(e -> UI.getCurrent().navigate(ProductEditorView.ROUTE + "/" + e.getItem().id()));
        grid.getGrid().setEmptyStateText(getTranslation("catalog.products.empty"));

        type.setLabel(getTranslation("catalog.field.type"));
        type.setItems(Arrays.asList(ProductType.values()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("catalog.filter.anyType"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("catalog.filter.anyType")
                : getTranslation("catalog.type." + ApiNames.of(t)));
        type.setId("products-type");
        grid.addFilter(type);
        category.setLabel(getTranslation("catalog.field.category"));
        category.setItems(categories.list());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("catalog.filter.anyCategory"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("catalog.filter.anyCategory") : c.name());
        category.setId("products-category");
        grid.addFilter(category);
        archived.setLabel(getTranslation("catalog.filter.archived"));
        archived.setId("products-archived");
        grid.addFilter(archived);

        H2 heading = new H2(getTranslation("catalog.products.title"));
        HorizontalLayout header = new HorizontalLayout(heading);
        header.setWidthFull();
        header.setWrap(true);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setFlexGrow(1, heading);
        if (canWrite) {
            Button create = new Button(getTranslation("catalog.products.new"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate(ProductEditorView.ROUTE + "/new"));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("products-new");
            Button upload = new Button(getTranslation("catalog.products.import"), VaadinIcon.UPLOAD.create(),
                    e -> UI.getCurrent().navigate(ProductImportView.ROUTE));
            upload.setId("products-import");
            header.add(create, upload);
        }
        add(header, grid);
        setFlexGrow(1, grid);
    }

    private ProductFilter filter(String text) {
        return new ProductFilter(text, type.getValue(), category.getValue() == null ? null : category.getValue().id(),
                archived.getValue(), null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.products.title");
    }
}
