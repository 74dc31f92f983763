package io.tessera.plugins.accounting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.accounting.tax.TaxBook;
import io.tessera.plugins.accounting.tax.TaxCode;
import io.tessera.plugins.accounting.tax.TaxCodeBody;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tenant's tax codes: code, name, sales or purchase, rate (or "not set"), whether prices include it, its account and
 * validity. Adds a code (refusals marked on the fields they name) or the chart template's codes.
 */
public class TaxCodesView extends VerticalLayout implements HasDynamicTitle {

    /** Where the view reads and writes codes. */
    interface Source {
        List<TaxCode> codes();

        TaxCode create(TaxCodeBody body);

        int seed();
    }

    private final Source source;
    private final Grid<TaxCode> grid = new Grid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final Select<String> type = new Select<>();
    private final BigDecimalField rate = new BigDecimalField();
    private final Checkbox included = new Checkbox();
    private final TextField account = new TextField();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validTo = new DatePicker();
    private final FieldErrors errors = new FieldErrors();

    /**
     * The view as the shell creates it.
     *
     * @param book the tax codes
     */
    @Autowired
    public TaxCodesView(TaxBook book) {
        this(new Source() {
            @Override
            public List<TaxCode> codes() {
                return book.codes();
            }

            @Override
            public TaxCode create(TaxCodeBody body) {
                return book.create(body);
            }

            @Override
            public int seed() {
                return book.seed();
            }
        });
    }

    TaxCodesView(Source source) {
        this.source = source;
        TenantFormat format = TenantFormat.current();
        add(new H2(getTranslation("accounting.tax.title")));
        grid.addColumn(TaxCode::code).setHeader(getTranslation("accounting.tax.code")).setAutoWidth(true);
        grid.addColumn(TaxCode::name).setHeader(getTranslation("accounting.tax.name")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("accounting.tax.type." + c.type().toLowerCase())).setHeader(getTranslation("accounting.tax.type"));
        grid.addColumn(c -> c.rate() == null ? getTranslation("accounting.tax.noRate") : format.number(c.rate(), 2) + " %")
                .setHeader(getTranslation("accounting.tax.rate")).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> getTranslation(c.priceIncluded() ? "accounting.tax.included.yes" : "accounting.tax.included.no"))
                .setHeader(getTranslation("accounting.tax.included"));
        grid.addColumn(TaxCode::account).setHeader(getTranslation("accounting.tax.account"));
        grid.addColumn(c -> validity(c, format)).setHeader(getTranslation("accounting.tax.validity"));
        grid.setEmptyStateText(getTranslation("accounting.tax.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("tax-codes-grid");
        Button seed = new Button(getTranslation("accounting.tax.seed"), e -> seed());
        seed.setId("tax-codes-seed");

        code.setLabel(getTranslation("accounting.tax.code"));
        name.setLabel(getTranslation("accounting.tax.name"));
        type.setLabel(getTranslation("accounting.tax.type"));
        type.setItems("sales", "purchase");
        type.setItemLabelGenerator(t -> getTranslation("accounting.tax.type." + t));
        type.setValue("sales");
        rate.setLabel(getTranslation("accounting.tax.rate"));
        rate.setHelperText(getTranslation("accounting.tax.rateHelp"));
        included.setLabel(getTranslation("accounting.tax.includedLabel"));
        account.setLabel(getTranslation("accounting.tax.account"));
        validFrom.setLabel(getTranslation("accounting.tax.validFrom"));
        validTo.setLabel(getTranslation("accounting.tax.validTo"));
        code.setId("tax-code");
        name.setId("tax-name");
        rate.setId("tax-rate");
        account.setId("tax-account");
        errors.bind("code", code);
        errors.bind("name", name);
        errors.bind("type", type);
        errors.bind("rate", rate);
        errors.bind("account", account);
        errors.bind("validTo", validTo);
        Button add = new Button(getTranslation("accounting.tax.add"), e -> addCode());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("tax-add");
        FormLayout form = new FormLayout(code, name, type, rate, included, account, validFrom, validTo);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("900px", 4));
        add(grid, seed, new H3(getTranslation("accounting.tax.new")), form, add);
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounting.tax.title");
    }

    Grid<TaxCode> grid() {
        return grid;
    }

    TextField codeField() {
        return code;
    }

    TextField nameField() {
        return name;
    }

    BigDecimalField rateField() {
        return rate;
    }

    TextField accountField() {
        return account;
    }

    void addCode() {
        try {
            TaxCode added = source.create(new TaxCodeBody(code.getValue(), name.getValue(), type.getValue(), rate.getValue(),
                    included.getValue(), account.getValue(), validFrom.getValue(), validTo.getValue()));
            errors.clear();
            Notifications.success(getTranslation("accounting.tax.added", added.code()));
            code.clear();
            name.clear();
            rate.clear();
            reload();
        } catch (RuntimeException refused) {
            Problem problem = Problem.of(refused);
            if (problem.unexpected() || errors.show(problem) == 0) {
                Notifications.error(refused);
            }
        }
    }

    void seed() {
        int added = source.seed();
        Notifications.success(getTranslation("accounting.tax.seeded", added));
        reload();
    }

    private void reload() {
        grid.setItems(source.codes());
    }

    private String validity(TaxCode c, TenantFormat format) {
        if (c.validFrom() == null && c.validTo() == null) {
            return getTranslation("accounting.tax.always");
        }
        return (c.validFrom() == null ? "…" : format.date(c.validFrom())) + " – " + (c.validTo() == null ? "…" : format.date(c.validTo()));
    }
}
