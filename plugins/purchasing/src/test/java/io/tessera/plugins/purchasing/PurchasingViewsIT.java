package io.tessera.plugins.purchasing;

import static io.tessera.plugins.purchasing.Purchases.PUR;
import static io.tessera.plugins.purchasing.Purchases.confirmed;
import static io.tessera.plugins.purchasing.Purchases.get;
import static io.tessera.plugins.purchasing.Purchases.order;
import static io.tessera.plugins.purchasing.Purchases.product;
import static io.tessera.plugins.purchasing.Purchases.receive;
import static io.tessera.plugins.purchasing.Purchases.supplier;
import static io.tessera.plugins.purchasing.Purchases.supplies;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.component;
import static io.tessera.testsupport.browserless.KernelViews.currentView;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.app.shell.PartyView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The purchasing views without a browser (Vaadin browserless-test), created by the running kernel's Spring context
 * from the real plugin jars on PostgreSQL: the orders list shows the tenant's own orders, an order is confirmed,
 * received in part and billed from its page, a held bill is released there, a request for quotation is entered in the
 * form, and the dashboard widget and supplier panel show what is open.
 */
class PurchasingViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static ApiClient api;
    static KernelViews.Member acme;
    static String vendor;
    static String bolt;

    @BeforeAll
    static void tenants() {
        api = Purchases.tenant(KERNEL, "pv-acme", true);
        ApiClient globex = Purchases.tenant(KERNEL, "pv-globex", true);
        vendor = supplier(api, "View Supply");
        bolt = product(api, "PV-BOLT", "storable");
        supplies(api, bolt, vendor, "2.50", "0", "1", 5);
        order(globex, supplier(globex, "Globex Supply"), product(globex, "PV-GLOBEX", "storable"), "1", "1.00");
        acme = VIEWS.admin("pv-acme");
    }

    @Test
    void theOrdersListShowsTheTenantsOwnOrdersOnly() {
        String number = order(api, vendor, bolt, "3", null).get("number").asString();
        VIEWS.as(acme, () -> {
            navigate("purchasing/orders");
            Grid<?> grid = component(Grid.class, "purchasing-orders-grid");
            assertThat(items(grid)).extracting(Object::toString).anyMatch(r -> r.contains(number));
            @SuppressWarnings({"unchecked", "rawtypes"})
            GridTester cells = new GridTester(grid);
            java.util.List<String> rows = java.util.stream.IntStream.range(0, cells.size())
                    .mapToObj(i -> cells.getCellText(i, 0) + " | " + cells.getCellText(i, 1) + " | " + cells.getCellText(i, 3))
                    .toList();
            assertThat(rows).contains(number + " | View Supply | Request for quotation");
            assertThat(rows).as("the other tenant's supplier never shows").noneMatch(r -> r.contains("Globex"));
        });
    }

    @Test
    void anOrderIsConfirmedReceivedInPartAndBilledFromItsPage() {
        String id = order(api, vendor, bolt, "10", null).get("id").asString();
        VIEWS.as(acme, () -> {
            navigate("purchasing/order/" + id);
            assertThat(status()).isEqualTo("DRAFT");
            button("purchasing-order-confirm").click();
            assertThat(status()).isEqualTo("TO_RECEIVE");
            BigDecimalField quantity = component(BigDecimalField.class, "purchasing-receive-1");
            assertThat(quantity.getValue()).isEqualByComparingTo("10");
            quantity.setValue(new BigDecimal("4"));
            button("purchasing-order-receive").click();
            assertThat(component(BigDecimalField.class, "purchasing-receive-1").getValue())
                    .as("the backorder").isEqualByComparingTo("6");
            button("purchasing-order-bill").click();
            assertThat(texts()).anyMatch(t -> t.startsWith("Posted"));
        });
        JsonNode order = get(api, id);
        assertThat(order.get("lines").get(0).get("received").decimalValue()).isEqualByComparingTo("4");
        assertThat(order.get("lines").get(0).get("billed").decimalValue()).isEqualByComparingTo("4");
        assertThat(order.get("bills").get(0).get("state").asString()).isEqualTo("POSTED");
    }

    @Test
    void aHeldBillShowsItsReasonAndIsReleasedFromTheOrderPage() {
        String id = confirmed(api, vendor, bolt, "2", "2.50");
        receive(api, id, 1, "2");
        String bill = ok(api.post(PUR + "orders/" + id + "/bill", "{\"lines\":[{\"line\":1,\"unitPrice\":\"9.00\"}]}"), 201)
                .get("id").asString();
        VIEWS.as(acme, () -> {
            navigate("purchasing/order/" + id);
            assertThat(texts()).anyMatch(t -> t.startsWith("Held") && t.contains("260 % above the ordered 2.5"));
            button("purchasing-release-" + bill).click();
            assertThat(byId(com.vaadin.flow.component.button.Button.class, "purchasing-release-" + bill)).isEmpty();
            assertThat(status()).isEqualTo("DONE");
        });
        assertThat(ok(api.get(PUR + "bills/" + bill)).get("state").asString()).isEqualTo("POSTED");
    }

    @Test
    void aRequestForQuotationIsEnteredInTheFormWithTheSuppliersPrice() {
        VIEWS.as(acme, () -> {
            navigate("purchasing/new");
            PartySummary party = KERNEL.bean(Parties.class).find(UUID.fromString(vendor)).orElseThrow();
            @SuppressWarnings("unchecked")
            ComboBox<PartySummary> supplier = component(ComboBox.class, "purchasing-new-supplier");
            supplier.setValue(party);
            component(TextField.class, "purchasing-new-sku").setValue("PV-BOLT");
            component(BigDecimalField.class, "purchasing-new-quantity").setValue(new BigDecimal("7"));
            button("purchasing-new-add").click();
            component(TextField.class, "purchasing-new-sku").setValue("NO-SUCH-SKU");
            button("purchasing-new-add").click();
            assertThat(component(TextField.class, "purchasing-new-sku").isInvalid()).isTrue();
            button("purchasing-new-save").click();
            assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("purchasing/order/");
            assertThat(texts()).anyMatch(t -> t.startsWith("Request for quotation PO-"));
            assertThat(status()).isEqualTo("DRAFT");
        });
    }

    @Test
    void theDashboardWidgetAndTheSupplierPanelShowWhatIsOpen() {
        String id = confirmed(api, vendor, bolt, "5", "2.50");
        VIEWS.as(acme, () -> {
            navigate("");
            assertThat(Long.parseLong(component(Span.class, "purchasing-widget-receive").getElement().getAttribute("data-value")))
                    .isPositive();
            assertThat(component(Span.class, "purchasing-widget-held").getElement().hasAttribute("data-value")).isTrue();
            UI.getCurrent().navigate(PartyView.class, vendor);
            assertThat(items(component(Grid.class, "purchasing-panel-orders"))).extracting(Object::toString)
                    .anyMatch(r -> r.contains(id));
        });
    }

    @Test
    void anUnknownOrderSaysSo() {
        VIEWS.as(acme, () -> {
            navigate("purchasing/order/" + UUID.randomUUID());
            assertThat(texts()).contains("This purchase order does not exist.");
            assertThat(currentView()).isNotNull();
        });
    }

    private static String status() {
        return component(Span.class, "purchasing-order-status").getElement().getAttribute("data-status");
    }
}
