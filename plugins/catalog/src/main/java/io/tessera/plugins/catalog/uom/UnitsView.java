package io.tessera.plugins.catalog.uom;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.ui.kit.format.TenantFormat;

/** The units of measure by category, each with its exact ratio to the category's reference unit. */
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    /** The categories of the standard units, shown translated; a tenant's own show their code. */
    private static final java.util.Set<String> STANDARD_CATEGORIES = java.util.Set.of("units", "weight", "volume",
            "length", "time");

    /**
     * Created by the shell.
     *
     * @param units the units
     */
    public UnitsView(UnitService units) {
        setSizeFull();
        TenantFormat format = TenantFormat.current();
        Grid<UnitInfo> grid = new Grid<>();
        grid.setId("catalog-units");
        grid.addColumn(UnitInfo::code).setHeader(getTranslation("catalog.field.code"));
        grid.addColumn(UnitInfo::name).setHeader(getTranslation("catalog.field.name"));
        grid.addColumn(u -> STANDARD_CATEGORIES.contains(u.category())
                        ? getTranslation("catalog.unitCategory." + u.category()) : u.category())
                .setHeader(getTranslation("catalog.field.unitCategory"));
        grid.addColumn(u -> u.denominator() == 1 ? format.number(u.numerator())
                        : format.number(u.numerator()) + " / " + format.number(u.denominator()))
                .setHeader(getTranslation("catalog.field.ratio")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(u -> format.number(u.scale())).setHeader(getTranslation("catalog.field.scale"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText(getTranslation("catalog.units.empty"));
        grid.setItems(units.list());
        add(new H2(getTranslation("catalog.units.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.units.title");
    }
}
