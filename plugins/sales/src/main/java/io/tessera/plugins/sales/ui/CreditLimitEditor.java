package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.plugins.sales.order.CustomerOverview;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.form.FieldErrorMarks;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/**
 * Sets a customer's credit limit from its panel (for holders of {@code sales.manage}): the limit and its currency; an
 * empty limit removes it. A refusal marks the field it names.
 */
final class CreditLimitEditor extends VerticalLayout {

    CreditLimitEditor(UUID partyId, CustomerOverview overview, Optional<CustomerOverview.Credit> current) {
        setPadding(false);
        setSpacing(false);
        setId("sales-credit-editor");
        FieldErrorMarks errors = new FieldErrorMarks(this, "sales");
        ProblemPanel problem = new ProblemPanel();
        BigDecimalField limit = new BigDecimalField(getTranslation("sales.field.creditLimit"));
        limit.setWidth("10rem");
        limit.setClearButtonVisible(true);
        limit.setId("sales-credit-limit");
        TextField currency = new TextField(getTranslation("sales.field.currency"));
        currency.setMaxLength(3);
        currency.setWidth("6rem");
        currency.setId("sales-credit-currency");
        current.ifPresentOrElse(c -> {
            limit.setValue(c.limit());
            currency.setValue(c.currency());
        }, () -> currency.setValue(TenantFormat.current().baseCurrency().map(Currency::getCurrencyCode).orElse("")));
        errors.bind("creditLimit", limit);
        errors.bind("currency", currency);
        Button save = new Button(getTranslation("sales.panel.saveCredit"), e -> {
            problem.clear();
            try {
                overview.setCreditLimit(partyId, limit.getValue(), currency.getValue());
                Notifications.success(getTranslation("sales.panel.creditSaved"));
            } catch (ApiProblem failure) {
                problem.show(errors.show(Problem.of(failure)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.setId("sales-credit-save");
        HorizontalLayout row = new HorizontalLayout(limit, currency, save);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(problem, row);
    }
}
