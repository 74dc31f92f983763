package io.tessera.plugins.catalog.product;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The product categories: costing method and the stock accounts each posts to. */
public class CategoriesView extends VerticalLayout implements HasDynamicTitle {

    /**
     * Created by the shell.
     *
     * @param categories the categories
     */
    public CategoriesView(CategoryService categories) {
        setSizeFull();
        Grid<CategoryView> grid = new Grid<>();
        grid.setId("catalog-categories");
        grid.addColumn(CategoryView::name).setHeader(getTranslation("catalog.field.name"));
        grid.addColumn(c -> getTranslation("catalog.costMethod." + c.costMethod()))
                .setHeader(getTranslation("catalog.field.costMethod"));
        grid.addColumn(c -> account(c.inventoryAccount())).setHeader(getTranslation("catalog.field.inventoryAccount"));
        grid.addColumn(c -> account(c.costOfGoodsSoldAccount())).setHeader(getTranslation("catalog.field.cogsAccount"));
        grid.addColumn(c -> account(c.stockReceivedNotBilledAccount())).setHeader(getTranslation("catalog.field.grniAccount"));
        grid.addColumn(c -> c.defaultCategory() ? getTranslation("catalog.categories.default") : "")
                .setHeader(getTranslation("catalog.field.default"));
        grid.setEmptyStateText(getTranslation("catalog.categories.empty"));
        grid.setItems(categories.list());
        add(new H2(getTranslation("catalog.categories.title")), grid);
    }

    private String account(String code) {
        return code == null ? getTranslation("catalog.categories.chartDefault") : code;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.categories.title");
    }
}
