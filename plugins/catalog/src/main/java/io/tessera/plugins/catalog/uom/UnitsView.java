package io.tessera.plugins.catalog.uom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.common.CatalogPermissions;
import io.tessera.plugins.catalog.common.FieldErrors;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The units of measure by category, each with its exact size in the category's reference unit ("12 unit",
 * "1/1,000 kg") and the decimals a document line rounds it to; a form below adds a unit of the tenant's own.
 */
public class UnitsView extends VerticalLayout implements HasDynamicTitle {

    /** The categories of the standard units, shown translated; a tenant's own show their code. */
    private static final Set<String> STANDARD_CATEGORIES = Set.of("units", "weight", "volume", "length", "time");

    private final UnitService units;
    private final Grid<UnitInfo> grid = new Grid<>();
    private Map<String, UnitInfo> references = Map.of();

    /**
     * Created by the shell.
     *
     * @param units the units
     * @param user  the signed-in user
     */
    public UnitsView(UnitService units, CurrentUser user) {
        this.units = units;
        setSizeFull();
        TenantFormat format = TenantFormat.current();
        grid.setId("catalog-units");
        grid.addColumn(UnitInfo::code).setHeader(getTranslation("catalog.field.code"));
        grid.addColumn(UnitInfo::name).setHeader(getTranslation("catalog.field.name")).setAutoWidth(true);
        grid.addColumn(u -> category(u.category())).setHeader(getTranslation("catalog.field.unitCategory"));
        grid.addColumn(u -> ratio(u, format)).setHeader(getTranslation("catalog.field.ratio"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(u -> format.number(u.scale())).setHeader(getTranslation("catalog.field.scale"))
                .setTextAlign(ColumnTextAlign.END);
        grid.setEmptyStateText(getTranslation("catalog.units.empty"));
        add(new H2(getTranslation("catalog.units.title")), grid);
        setFlexGrow(1, grid);
        List<UnitInfo> all = refresh();
        if (user.hasPermission(CatalogPermissions.WRITE)) {
            add(new H3(getTranslation("catalog.units.add")), form(all));
        }
    }

    private List<UnitInfo> refresh() {
        List<UnitInfo> all = units.list();
        references = all.stream().filter(u -> u.numerator() == 1 && u.denominator() == 1)
                .collect(Collectors.toMap(UnitInfo::category, Function.identity(), (a, b) -> a));
        grid.setItems(all);
        return all;
    }

    /** A unit's size in its category's reference unit, exactly: "12 unit", "1/1,000 kg", "1 kg" for kg itself. */
    String ratio(UnitInfo u, TenantFormat format) {
        UnitInfo reference = references.get(u.category());
        String size = u.denominator() == 1 ? format.number(u.numerator())
                : format.number(u.numerator()) + "/" + format.number(u.denominator());
        return reference == null ? size : size + " " + reference.code();
    }

    private String category(String code) {
        return STANDARD_CATEGORIES.contains(code) ? getTranslation("catalog.unitCategory." + code) : code;
    }

    private FormLayout form(List<UnitInfo> all) {
        TextField code = new TextField(getTranslation("catalog.field.code"));
        code.setId("unit-code");
        code.setMaxLength(16);
        TextField name = new TextField(getTranslation("catalog.field.name"));
        name.setId("unit-name");
        ComboBox<String> category = new ComboBox<>(getTranslation("catalog.field.unitCategory"));
        category.setItems(all.stream().map(UnitInfo::category).distinct().sorted().toList());
        category.setItemLabelGenerator(this::category);
        category.setAllowCustomValue(true);
        category.addCustomValueSetListener(e -> category.setValue(e.getDetail()));
        category.setHelperText(getTranslation("catalog.units.categoryHelp"));
        category.setId("unit-category");
        IntegerField numerator = new IntegerField(getTranslation("catalog.units.numerator"));
        numerator.setId("unit-numerator");
        numerator.setValue(1);
        IntegerField denominator = new IntegerField(getTranslation("catalog.units.denominator"));
        denominator.setId("unit-denominator");
        denominator.setValue(1);
        IntegerField scale = new IntegerField(getTranslation("catalog.field.scale"));
        scale.setId("unit-scale");
        scale.setValue(0);
        scale.setMin(0);
        scale.setMax(6);
        category.addValueChangeListener(e -> {
            UnitInfo reference = references.get(e.getValue());
            numerator.setHelperText(reference == null ? getTranslation("catalog.units.newCategory")
                    : getTranslation("catalog.units.ratioHelp", reference.code()));
        });
        FieldErrors errors = new FieldErrors().bind("code", code).bind("name", name).bind("category", category)
                .bind("numerator", numerator).bind("denominator", denominator).bind("scale", scale);
        Button add = new Button(getTranslation("catalog.units.create"), e -> {
            try {
                UnitInfo created = units.create(new UnitRequest(code.getValue().strip(), name.getValue(),
                        category.getValue(), numerator.getValue() == null ? null : numerator.getValue().longValue(),
                        denominator.getValue() == null ? null : denominator.getValue().longValue(), scale.getValue()));
                errors.clear();
                Notifications.success(getTranslation("catalog.units.created", created.code()));
                code.clear();
                name.clear();
                refresh();
            } catch (ApiProblem refused) {
                errors.show(refused);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("unit-create");
        FormLayout form = new FormLayout(code, name, category, numerator, denominator, scale, add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 3));
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.units.title");
    }
}
