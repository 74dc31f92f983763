package io.tessera.plugins.mrp;

import static io.tessera.plugins.mrp.Mrp.MRP;
import static io.tessera.plugins.mrp.Mrp.product;
import static io.tessera.plugins.mrp.Mrp.stock;
import static io.tessera.plugins.mrp.Mrp.stockUp;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.byId;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.notifications;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The MRP views without a browser (Vaadin browserless-test), created by the running kernel's Spring context from the
 * real plugin jars on PostgreSQL: the order list shows the tenant's own orders only, an order is confirmed and
 * produced in part from its page (leaving a backorder), and the run page starts a run and confirms its planned orders.
 */
class MrpViewsIT {

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = Mrp.kernel();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static ApiClient api;
    static KernelViews.Member acme;
    static String bike;
    static String wheel;

    @BeforeAll
    static void tenants() {
        api = Mrp.tenant(KERNEL, "mv-acme");
        ApiClient globex = Mrp.tenant(KERNEL, "mv-globex");
        bike = product(api, "MV-BIKE");
        wheel = product(api, "MV-WHEEL");
        created(Mrp.bom(api, bike, "1", wheel, "2"));
        stockUp(api, wheel, "10", "3.00");
        String theirs = product(globex, "MV-GLOBEX");
        created(Mrp.bom(globex, theirs, "1", product(globex, "MV-GLOBEX-PART"), "1"));
        created(globex.post(MRP + "manufacturing-orders", "{\"productId\":\"" + theirs + "\",\"quantity\":\"1\"}"));
        acme = VIEWS.admin("mv-acme");
    }

    @Test
    void anOrderIsListedConfirmedAndProducedInPartFromItsPage() {
        String mo = created(api.post(MRP + "manufacturing-orders", "{\"productId\":\"" + bike + "\",\"quantity\":\"4\"}"));
        VIEWS.as(acme, () -> {
            navigate("mrp/orders");
            assertThat(items(byId(Grid.class, "mrp-orders-grid").orElseThrow())).extracting(Object::toString)
                    .anyMatch(r -> r.contains("MV-BIKE")).noneMatch(r -> r.contains("MV-GLOBEX"));
            navigate("mrp/order/" + mo);
            assertThat(byId(Span.class, "mrp-order-state").orElseThrow().getText()).isEqualTo("Draft");
            button("mrp-order-confirm").click();
            assertThat(byId(Span.class, "mrp-order-state").orElseThrow().getText()).isEqualTo("Confirmed");
            BigDecimalField quantity = byId(BigDecimalField.class, "mrp-order-produce-quantity").orElseThrow();
            assertThat(quantity.getValue()).isEqualByComparingTo("4");
            quantity.setValue(new BigDecimal("3"));
            button("mrp-order-produce").click();
            assertThat(byId(Span.class, "mrp-order-state").orElseThrow().getText()).isEqualTo("Done");
        });
        assertThat(stock(api, bike).get("onHand").decimalValue()).isEqualByComparingTo("3");
        assertThat(KERNEL.countAsSuperuser("select count(*) from mrp_orders where backorder_of = ?::uuid", mo)).isEqualTo(1);
    }

    @Test
    void theRunPageStartsARunAndConfirmsTheSelectedPlannedOrders() {
        String frame = product(api, "MV-FRAME");
        created(api.post(MRP + "forecasts", """
                {"productId":"%s","date":"%s","quantity":"7"}""".formatted(frame, LocalDate.now().plusDays(3))));
        VIEWS.as(acme, () -> {
            navigate("mrp/planning");
            button("mrp-run-start").click();
        });
        String run = ok(api.get(MRP + "runs")).get(0).get("id").asString();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!ok(api.get(MRP + "runs/" + run)).get("state").asString().equals("done")) {
            assertThat(Instant.now()).isBefore(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L); // a polling interval, not a wait for the result
        }
        VIEWS.as(acme, () -> {
            navigate("mrp/planning");
            assertThat(byId(Span.class, "mrp-run-status").orElseThrow().getText()).startsWith("Done");
            @SuppressWarnings("unchecked")
            Grid<Object> grid = byId(Grid.class, "mrp-planned-grid").orElseThrow();
            List<Object> rows = items(grid);
            assertThat(rows).extracting(Object::toString).anyMatch(r -> r.contains("MV-FRAME"));
            rows.stream().filter(r -> r.toString().contains("MV-FRAME")).forEach(grid::select);
            button("mrp-planned-confirm").click();
            assertThat(notifications()).anyMatch(t -> t.contains("1 planned orders confirmed"));
        });
        JsonNode planned = ok(api.get(MRP + "planned-orders?runId=" + run + "&productId=" + frame)).get(0);
        assertThat(planned.get("state").asString()).isEqualTo("confirmed");
    }

    @Test
    void anUnknownOrderSaysSo() {
        VIEWS.as(acme, () -> {
            navigate("mrp/order/" + java.util.UUID.randomUUID());
            assertThat(texts()).contains("This manufacturing order does not exist.");
        });
    }
}
