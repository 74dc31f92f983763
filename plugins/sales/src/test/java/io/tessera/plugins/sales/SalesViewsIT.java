package io.tessera.plugins.sales;

import static io.tessera.plugins.sales.Sales.O;
import static io.tessera.plugins.sales.Sales.Q;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.component;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.notifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.sdk.party.PartySummary;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.app.shell.PartyView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sales views without a browser (Vaadin browserless-test), created by the running kernel's Spring context from the
 * real plugin jars on PostgreSQL: the customer panel lists late deliveries and sets the credit limit (a bad currency
 * marked on its field), the order list and page mark a late order, and the quotation form's contact picker offers the
 * customer's people only and keeps the promised date.
 */
class SalesViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = Sales.kernel();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static ApiClient api;
    static KernelViews.Member acme;
    static String customer;
    static String service;

    @BeforeAll
    static void tenants() {
        api = Sales.tenant(KERNEL, "sv-acme", false);
        customer = Sales.party(api, "View Customer");
        service = Sales.product(api, "SV-SVC", "service", "40.00");
        acme = VIEWS.admin("sv-acme");
    }

    /** An order confirmed from a quotation dated 10 days ago whose delivery was promised for {@code promised}. */
    static String order(LocalDate promised) {
        LocalDate today = LocalDate.now();
        String quotation = created(api.post(Q, """
                {"partyId":"%s","date":"%s","validUntil":"%s","promisedDate":"%s","lines":[%s]}"""
                .formatted(customer, today.minusDays(10), today.plusDays(5), promised, Sales.line(service, "2"))));
        return Sales.confirm(api, quotation);
    }

    /** The first options a combo box's lazy source offers without a filter. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> List<T> options(ComboBox<?> box) {
        com.vaadin.flow.data.provider.DataProvider raw = box.getDataProvider();
        return (List<T>) raw.fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, List.of(), null, "")).toList();
    }

    @Test
    void theCustomerPanelAndTheOrderViewsShowALateDelivery() {
        LocalDate promised = LocalDate.now().minusDays(3);
        String late = order(promised);
        String onTime = order(LocalDate.now().plusDays(3));
        String number = ok(api.get(O + "/" + late)).get("number").asString();
        String onTimeNumber = ok(api.get(O + "/" + onTime)).get("number").asString();
        VIEWS.as(acme, () -> {
            UI.getCurrent().navigate(PartyView.class, customer);
            assertThat(component(Span.class, "sales-panel-late-caption").getText()).isEqualTo("Late deliveries: 1");
            List<Object> rows = items(component(Grid.class, "sales-panel-late"));
            assertThat(rows).hasSize(1).first().asString().contains(number).doesNotContain(onTimeNumber);
            navigate("sales/orders");
            List<Object> orders = items(component(Grid.class, "sales-orders-grid"));
            assertThat(orders).extracting(Object::toString).anyMatch(r -> r.contains(number) && r.contains("late=true"))
                    .anyMatch(r -> r.contains(onTimeNumber) && r.contains("late=false"));
            navigate("sales/order/" + late);
            assertThat(component(Span.class, "sales-order-late").getText()).isEqualTo("Late");
            assertThat(component(Span.class, "sales-order-promised").getText())
                    .isEqualTo("Delivery promised for " + io.tessera.ui.kit.format.TenantFormat.current().date(promised));
            navigate("sales/order/" + onTime);
            assertThat(KernelViews.byId(Span.class, "sales-order-late")).isEmpty();
        });
    }

    @Test
    void theCreditLimitIsSetFromTheCustomerPanel() {
        VIEWS.as(acme, () -> {
            UI.getCurrent().navigate(PartyView.class, customer);
            component(BigDecimalField.class, "sales-credit-limit").setValue(new BigDecimal("5000"));
            TextField currency = component(TextField.class, "sales-credit-currency");
            currency.setValue("EURO");
            button("sales-credit-save").click();
            assertThat(currency.isInvalid()).as("the refused currency is marked").isTrue();
            currency.setValue("EUR");
            button("sales-credit-save").click();
            assertThat(notifications()).contains("Credit limit saved");
        });
        assertThat(ok(api.get("/api/v1/sales/parties/" + customer + "/credit")).get("creditLimit").decimalValue())
                .isEqualByComparingTo("5000");
    }

    @Test
    void theContactPickerOffersTheCustomersPeopleAndThePromisedDateIsSaved() {
        String alice = created(api.post("/api/v1/parties", """
                {"kind":"person","name":"Alice Buyer","organizationId":"%s"}""".formatted(customer)));
        String other = Sales.party(api, "Other Company");
        created(api.post("/api/v1/parties", """
                {"kind":"person","name":"Bob Elsewhere","organizationId":"%s"}""".formatted(other)));
        LocalDate promised = LocalDate.now().plusDays(14);
        VIEWS.as(acme, () -> {
            navigate("sales/quotation/new?party=" + customer);
            @SuppressWarnings("unchecked")
            ComboBox<PartySummary> contact = component(ComboBox.class, "sales-quotation-contact");
            List<PartySummary> offered = options(contact);
            assertThat(offered).extracting(PartySummary::name).containsExactly("Alice Buyer");
            contact.setValue(offered.getFirst());
            component(DatePicker.class, "sales-quotation-promised").setValue(promised);
            @SuppressWarnings("unchecked")
            ComboBox<Object> product = component(ComboBox.class, "sales-line-0-product");
            product.setValue(options(product).stream().filter(p -> p.toString().contains("SV-SVC")).findFirst().orElseThrow());
            component(BigDecimalField.class, "sales-line-0-quantity").setValue(BigDecimal.ONE);
            button("sales-quotation-save").click();
        });
        String saved = ok(api.get(Q + "?partyId=" + customer)).get("items").valueStream()
                .filter(q -> promised.toString().equals(q.path("promisedDate").asString(""))).findFirst().orElseThrow()
                .get("id").asString();
        assertThat(ok(api.get(Q + "/" + saved)).get("contactId").asString()).isEqualTo(alice);
    }

    @Test
    void anInvoicingPolicyIsSetInItsView() {
        String goods = Sales.product(api, "SV-GOODS", "storable", "5.00");
        VIEWS.as(acme, () -> {
            navigate("sales/invoicing-policies");
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<String> policy = component(com.vaadin.flow.component.select.Select.class,
                    "sales-policy-policy");
            policy.setValue("ORDERED");
            button("sales-policy-save").click();
            @SuppressWarnings("unchecked")
            ComboBox<Object> product = component(ComboBox.class, "sales-policy-product");
            assertThat(product.isInvalid()).as("no product: the refusal marks the picker").isTrue();
            product.setValue(options(product).stream().filter(p -> p.toString().contains("SV-GOODS")).findFirst().orElseThrow());
            button("sales-policy-save").click();
            assertThat(notifications()).contains("Invoicing policy saved");
            assertThat(items(component(Grid.class, "sales-policies-grid"))).extracting(Object::toString)
                    .anyMatch(r -> r.contains("SV-GOODS") && r.contains("ORDERED"));
        });
        String quotation = Sales.quotation(api, customer, Sales.line(goods, "1"));
        String order = Sales.confirm(api, quotation);
        assertThat(ok(api.get(O + "/" + order)).get("lines").get(0).get("invoicePolicy").asString()).isEqualTo("ORDERED");
    }
}
