package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.onHand;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.openDialog;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The inventory views without a browser (Vaadin browserless-test), created by the running kernel's Spring context
 * from the real plugin jars on PostgreSQL: stock on hand shows what was received and nothing of another tenant, and
 * a delivery validated in part from its page asks for a backorder and creates it.
 */
class InventoryViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar")).build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static ApiClient api;
    static KernelViews.Member acme;
    static String widget;

    @BeforeAll
    static void tenants() {
        api = Stocks.tenant(KERNEL, "iv-acme");
        ApiClient globex = Stocks.tenant(KERNEL, "iv-globex");
        widget = product(api, "WIDGET-1");
        stockUp(api, widget, "10");
        stockUp(globex, product(globex, "GLOBEX-ONLY"), "5");
        acme = VIEWS.admin("iv-acme");
    }

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(KERNEL)).isEmpty();
    }

    @Test
    void stockOnHandAndMovesShowTheTenantsOwnStockOnly() {
        VIEWS.as(acme, () -> {
            navigate("inventory/stock");
            List<Object> rows = items(byId(Grid.class, "inventory-stock-grid").orElseThrow());
            assertThat(rows).extracting(Object::toString).anyMatch(r -> r.contains("WIDGET-1") && r.contains("WH/STOCK"))
                    .noneMatch(r -> r.contains("GLOBEX-ONLY"));
            navigate("inventory/moves");
            assertThat(items(byId(Grid.class, "inventory-moves-grid").orElseThrow())).extracting(Object::toString)
                    .anyMatch(r -> r.contains("WIDGET-1")).noneMatch(r -> r.contains("GLOBEX-ONLY"));
        });
    }

    @Test
    void validatingPartOfADeliveryAsksForABackorderAndCreatesIt() {
        String delivery = delivery(api, widget, "6");
        VIEWS.as(acme, () -> {
            navigate("inventory/transfer/" + delivery);
            button("inventory-transfer-reserve").click();
            BigDecimalField quantity = find(BigDecimalField.class).getFirst();
            assertThat(quantity.getValue()).isEqualByComparingTo("6");
            quantity.setValue(new BigDecimal("4"));
            button("inventory-transfer-validate").click();
            com.vaadin.flow.component.dialog.Dialog prompt = openDialog();
            assertThat(prompt.getHeaderTitle()).isEqualTo("Create a backorder?");
            button("inventory-backorder-create").click();
            assertThat(byId(com.vaadin.flow.component.html.Span.class, "inventory-transfer-state").orElseThrow().getText())
                    .isEqualTo("Done");
            assertThat(byId(com.vaadin.flow.component.button.Button.class, "inventory-transfer-backorder")).isPresent();
        });
        assertThat(onHand(api, widget)).isEqualByComparingTo("6");
        String backorder = KERNEL.queryAsSuperuser("select id::text from inv_transfers where backorder_of = ?::uuid", delivery);
        assertThat(ok(api.get(INV + "deliveries/" + backorder)).get("lines").get(0).get("quantity").decimalValue())
                .isEqualByComparingTo("2");
    }

    @Test
    void anUnknownTransferSaysSo() {
        VIEWS.as(acme, () -> {
            navigate("inventory/transfer/" + java.util.UUID.randomUUID());
            assertThat(texts()).contains("This transfer does not exist.");
        });
    }
}
