package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.receipt;
import static io.tessera.plugins.inventory.Stocks.receiptLine;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The product's stock panel and the inventory dashboard widget without a browser, created by the running kernel from
 * the real catalog and inventory jars on PostgreSQL: the panel sums on hand, reserved, incoming and outgoing per
 * location, shows an empty state for a product without stock and nothing of another tenant's product; the widget
 * shows the tenant's own stock value and products in stock only.
 */
class ProductStockViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar")).build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static ApiClient api;
    static KernelViews.Member acme;
    static String bolt;
    static String nut;
    static String foreign;

    @BeforeAll
    static void tenants() {
        api = Stocks.tenant(KERNEL, "ps-acme");
        ApiClient globex = Stocks.tenant(KERNEL, "ps-globex");
        bolt = product(api, "BOLT-8");
        nut = product(api, "NUT-8");
        stockUp(api, bolt, "10");                        // 10 at 2.50 = 25.00
        receipt(api, receiptLine(bolt, "3", ""));        // 3 incoming, still a draft
        String out = delivery(api, bolt, "4");           // 4 outgoing ...
        ok(api.post(INV + "deliveries/" + out + "/reserve", ""));  // ... and reserved
        foreign = product(globex, "GLOBEX-BOLT");
        stockUp(globex, foreign, "5");                   // 12.50 of globex's, counted for globex only
        acme = VIEWS.admin("ps-acme");
    }

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(KERNEL)).isEmpty();
    }

    @Test
    void thePanelShowsTheFiguresPerLocationAndTheirTotal() {
        VIEWS.as(acme, () -> {
            navigate("inventory/product/" + bolt);
            assertThat(byId(com.vaadin.flow.component.html.H2.class, "inventory-product-title").orElseThrow().getText())
                    .isEqualTo("Stock of BOLT-8 · BOLT-8");
            assertThat(items(byId(Grid.class, "inventory-product-stock").orElseThrow())).isNotEmpty();
            assertThat(byId(Paragraph.class, "inventory-product-total").orElseThrow().getText())
                    .isEqualTo("In total: 10 on hand, 6 available, 3 incoming, 4 outgoing (unit)");
        });
    }

    @Test
    void aProductWithoutStockHasAnEmptyPanelAndAnotherTenantsProductIsNotShown() {
        VIEWS.as(acme, () -> {
            navigate("inventory/product/" + nut);
            assertThat(items(byId(Grid.class, "inventory-product-stock").orElseThrow())).isEmpty();
            assertThat(byId(Grid.class, "inventory-product-stock").orElseThrow().getEmptyStateText())
                    .isEqualTo("This product has no stock and nothing is expected in or out.");
            assertThat(byId(Paragraph.class, "inventory-product-total")).isEmpty();

            navigate("inventory/product/" + foreign);
            assertThat(texts()).contains("This product does not exist.").noneMatch(t -> t.contains("GLOBEX-BOLT"));
            assertThat(byId(Grid.class, "inventory-product-stock")).isEmpty();

            navigate("inventory/product/" + UUID.randomUUID());
            assertThat(texts()).contains("This product does not exist.");
            navigate("inventory/product/not-an-id");
            assertThat(texts()).contains("This product does not exist.");
        });
    }

    @Test
    void theWidgetShowsTheTenantsOwnStockValueAndProductsInStock() {
        VIEWS.as(acme, () -> {
            navigate("");
            Span value = byId(Span.class, "inventory-widget-value").orElseThrow();
            assertThat(value.getElement().getAttribute("data-value")).isEqualTo("25.00");
            assertThat(value.getText()).isEqualTo("Stock value: €25.00");
            Span products = byId(Span.class, "inventory-widget-products").orElseThrow();
            assertThat(products.getElement().getAttribute("data-products")).isEqualTo("1");
            assertThat(products.getText()).isEqualTo("Products in stock: 1");
        });
    }
}
