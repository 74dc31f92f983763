package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Products;
import io.tessera.plugins.sales.order.PolicyDesk;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.form.FieldErrorMarks;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.util.List;

/**
 * Products' invoicing policies: the products whose policy was set, and (for {@code sales.manage}) a product picked in
 * the catalog set to be invoiced as ordered or as delivered. Without a policy goods are invoiced as delivered and
 * services as ordered.
 */
public class PoliciesView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHOWN = 500;

    /**
     * The view as the shell creates it.
     *
     * @param desk     the policies
     * @param services catalog's products
     * @param db       transactions for the catalog's reads
     * @param user     the signed-in user: without {@code sales.manage} the form is not offered
     */
    public PoliciesView(PolicyDesk desk, ModuleServices services, TenantJdbc db, CurrentUser user) {
        add(new H2(getTranslation("sales.policies.title")), new Paragraph(getTranslation("sales.policies.intro")));
        Grid<PolicyDesk.Policy> grid = new Grid<>();
        grid.addColumn(PolicyDesk.Policy::sku).setHeader(getTranslation("sales.policies.sku")).setAutoWidth(true);
        grid.addColumn(PolicyDesk.Policy::name).setHeader(getTranslation("sales.field.productId")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(p -> getTranslation("sales.policy." + p.policy())).setHeader(getTranslation("sales.field.policy"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("sales.policies.empty"));
        grid.setId("sales-policies-grid");
        Runnable load = () -> grid.setItems(desk.set(SHOWN));
        if (user.hasPermission(SalesUi.MANAGE)) {
            add(form(desk, services, db, load));
        }
        load.run();
        add(grid);
    }

    private VerticalLayout form(PolicyDesk desk, ModuleServices services, TenantJdbc db, Runnable reload) {
        FieldErrorMarks errors = new FieldErrorMarks(this, "sales");
        ProblemPanel problem = new ProblemPanel();
        ComboBox<ProductInfo> product = new ComboBox<>(getTranslation("sales.field.productId"));
        product.setItems(query -> services.find(Products.class).map(p -> db.tx().read(() -> p.search(
                query.getFilter().orElse(""), query.getOffset(), query.getLimit()))).orElse(List.of()).stream());
        product.setItemLabelGenerator(p -> p.sku() + " · " + p.name());
        product.setWidth("20rem");
        product.setMaxWidth("100%");
        product.setId("sales-policy-product");
        Select<String> policy = new Select<>();
        policy.setLabel(getTranslation("sales.field.policy"));
        policy.setItems("ORDERED", "DELIVERED");
        policy.setItemLabelGenerator(p -> getTranslation("sales.policy." + p));
        policy.setId("sales-policy-policy");
        errors.bind("productId", product);
        errors.bind("policy", policy);
        Button save = new Button(getTranslation("sales.policies.save"), e -> {
            problem.clear();
            try {
                desk.set(product.getValue() == null ? null : product.getValue().id(), policy.getValue());
                Notifications.success(getTranslation("sales.policies.saved"));
                reload.run();
            } catch (ApiProblem failure) {
                problem.show(errors.show(Problem.of(failure)));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("sales-policy-save");
        HorizontalLayout row = new HorizontalLayout(product, policy, save);
        row.setWrap(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(problem, row);
        form.setPadding(false);
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.policies.title");
    }
}
