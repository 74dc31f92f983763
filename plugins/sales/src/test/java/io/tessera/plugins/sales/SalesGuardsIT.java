package io.tessera.plugins.sales;

import static io.tessera.plugins.sales.Sales.O;
import static io.tessera.plugins.sales.Sales.Q;
import static io.tessera.plugins.sales.Sales.assertProblem;
import static io.tessera.plugins.sales.Sales.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * What sales guarantees under pressure, on PostgreSQL as the application role with the real jars: no overselling under
 * 100 parallel confirmations, no quantity invoiced twice (two concurrent requests, and the database's own CHECK),
 * another tenant's ids are not found on every endpoint, credit limits refuse unless overridden.
 */
class SalesGuardsIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = Sales.kernel();

    @AfterAll
    static void ledgersBalance() {
        assertThat(Sales.unbalancedLedgers(kernel)).isEmpty();
    }

    @Test
    void aHundredParallelConfirmationsOfOneUnitAgainstTenInStockNeverOversell() throws Exception {
        ApiClient api = Sales.tenant(kernel, "sg-rush", true);
        String customer = Sales.party(api, "Rush Buyer");
        String widget = Sales.product(api, "RUSH", "storable", "10.00");
        Sales.stockUp(api, widget, "10");
        List<String> quotations = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            quotations.add(Sales.quotation(api, customer, Sales.line(widget, "1")));
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> refusals = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (String q : quotations) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post(Q + "/" + q + "/confirm", "");
                }));
            }
            start.countDown();
            for (Future<ApiResponse> f : futures) {
                ApiResponse r = f.get();
                statuses.computeIfAbsent(r.status(), k -> new AtomicInteger()).incrementAndGet();
                if (r.status() == 409) {
                    synchronized (refusals) {
                        refusals.add(r.json().get("detail").asString());
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses.keySet()).containsOnly(200, 409);
        assertThat(statuses.get(200).get()).isEqualTo(10);
        assertThat(statuses.get(409).get()).isEqualTo(90);
        assertThat(refusals).allMatch(d -> d.contains("Not enough stock of RUSH") && d.contains("0 unit available"));
        JsonNode stock = Sales.stock(api, widget);
        assertThat(stock.get("onHand").decimalValue()).isEqualByComparingTo("10");
        assertThat(stock.get("reserved").decimalValue()).isEqualByComparingTo("10");
        assertThat(kernel.countAsSuperuser("select count(*) from sal_orders o join tenants t on t.id = o.tenant_id "
                + "where t.slug = 'sg-rush'")).isEqualTo(10);
        assertThat(kernel.countAsSuperuser("select count(*) from sal_quotations q join tenants t on t.id = q.tenant_id "
                + "where t.slug = 'sg-rush' and q.state = 'CONFIRMED'")).isEqualTo(10);
    }

    @Test
    void theSameLineIsNeverInvoicedTwiceEvenByTwoConcurrentRequests() throws Exception {
        ApiClient api = Sales.tenant(kernel, "sg-twice", false);
        String customer = Sales.party(api, "Double Click");
        String hours = Sales.product(api, "THOUR", "service", "80.00");
        for (int round = 0; round < 5; round++) {
            String order = Sales.confirm(api, Sales.quotation(api, customer, Sales.line(hours, "3")));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Integer> codes = new ArrayList<>();
            try {
                List<Future<ApiResponse>> both = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    both.add(pool.submit(() -> {
                        start.await();
                        return api.post(O + "/" + order + "/invoice", "");
                    }));
                }
                start.countDown();
                for (Future<ApiResponse> f : both) {
                    codes.add(f.get().status());
                }
            } finally {
                pool.shutdown();
            }
            assertThat(codes).containsExactlyInAnyOrder(200, 409);
            JsonNode read = Sales.order(api, order);
            assertThat(read.get("invoiceIds").size()).isEqualTo(1);
            assertThat(read.get("lines").get(0).get("invoiced").decimalValue()).isEqualByComparingTo("3");
            assertThat(kernel.countAsSuperuser("select count(*) from acc_invoices i join sal_order_invoice_lines l "
                    + "on l.tenant_id = i.tenant_id and l.invoice_id = i.id where l.order_id = ?::uuid", order)).isEqualTo(1);
        }
    }

    @Test
    void theDatabaseItselfRefusesInvoicingMoreThanOrderedOrADeliveredPolicyLineBeyondDelivery() {
        ApiClient api = Sales.tenant(kernel, "sg-check", false);
        String customer = Sales.party(api, "Check Co");
        String hours = Sales.product(api, "CHOUR", "service", "10.00");
        String goods = Sales.product(api, "CGOOD", "storable", "10.00");
        String order = Sales.confirm(api, Sales.quotation(api, customer, Sales.line(hours, "2"), Sales.line(goods, "2")));
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = 'sg-check'"));
        // what a bug in Java could try: the CHECK constraints refuse it for the application role
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement("update sal_order_lines set invoiced = ordered + 1 "
                    + "where order_id = ?::uuid and line_no = 1")) {
                s.setString(1, order);
                s.executeUpdate();
            }
        })).isInstanceOf(SQLException.class).hasMessageContaining("sal_order_lines_invoiced_ck");
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant, c -> {
            try (PreparedStatement s = c.prepareStatement("update sal_order_lines set invoiced = 1 "
                    + "where order_id = ?::uuid and line_no = 2")) {
                s.setString(1, order);
                s.executeUpdate();
            }
        })).isInstanceOf(SQLException.class).hasMessageContaining("sal_order_lines_invoiced_delivered_ck");
        // through the API the goods line waits for its delivery (policy delivered); the service is invoiced
        ok(api.post(O + "/" + order + "/invoice", ""));
        JsonNode read = Sales.order(api, order);
        assertThat(read.get("lines").get(0).get("invoiced").decimalValue()).isEqualByComparingTo("2");
        assertThat(read.get("lines").get(1).get("invoiced").decimalValue()).isZero();
    }

    @Test
    void anotherTenantsIdsAreNotFoundOnEveryEndpoint() {
        ApiClient a = Sales.tenant(kernel, "sg-a", true);
        ApiClient b = Sales.tenant(kernel, "sg-b", true);
        String customer = Sales.party(a, "A's customer");
        String widget = Sales.product(a, "AWID", "storable", "10.00");
        Sales.stockUp(a, widget, "5");
        String quotation = Sales.quotation(a, customer, Sales.line(widget, "1"));
        String confirmedQuotation = Sales.quotation(a, customer, Sales.line(widget, "1"));
        String order = Sales.confirm(a, confirmedQuotation);
        String line = Sales.order(a, order).get("lines").get(0).get("id").asString();

        assertProblem(b.get(Q + "/" + quotation), 404);
        assertProblem(b.post(Q + "/" + quotation + "/send", ""), 404);
        assertProblem(b.post(Q + "/" + quotation + "/cancel", ""), 404);
        assertProblem(b.post(Q + "/" + quotation + "/confirm", ""), 404);
        assertProblem(b.get(O + "/" + order), 404);
        assertProblem(b.post(O + "/" + order + "/deliver", ""), 404);
        assertProblem(b.post(O + "/" + order + "/deliver", "{\"lines\":[{\"lineId\":\"" + line + "\",\"quantity\":\"1\"}]}"), 404);
        assertProblem(b.post(O + "/" + order + "/invoice", ""), 404);
        assertProblem(b.post(O + "/" + order + "/cancel", ""), 404);
        assertProblem(b.get("/api/v1/sales/parties/" + customer + "/credit"), 404);
        assertProblem(b.put("/api/v1/sales/parties/" + customer + "/credit", "{\"creditLimit\":\"1\",\"currency\":\"EUR\"}"), 404);
        assertProblem(b.put("/api/v1/sales/products/" + widget + "/invoice-policy", "{\"policy\":\"ordered\"}"), 404);
        // ids of another tenant in a body
        assertProblem(b.post(Q, "{\"partyId\":\"" + customer + "\",\"lines\":[" + Sales.line(widget, "1") + "]}"), 404, "partyId");
        String theirs = Sales.party(b, "B's customer");
        assertProblem(b.post(Q, "{\"partyId\":\"" + theirs + "\",\"lines\":[" + Sales.line(widget, "1") + "]}"), 404,
                "lines[0].productId");
        assertProblem(b.post(Q, "{\"partyId\":\"" + theirs + "\",\"contactId\":\"" + customer + "\",\"lines\":["
                + Sales.line(widget, "1") + "]}"), 404, "contactId");
        assertThat(ok(b.get(Q)).get("items").size()).isZero();
        assertThat(ok(b.get(O)).get("items").size()).isZero();
        // and a's documents are untouched
        assertThat(ok(a.get(Q + "/" + quotation)).get("state").asString()).isEqualTo("DRAFT");
        assertThat(Sales.order(a, order).get("status").asString()).isEqualTo("TO_DELIVER");
    }

    @Test
    void aConfirmationBeyondTheCreditLimitIsRefusedUnlessTheUserMayOverride() {
        ApiClient admin = Sales.tenant(kernel, "sg-credit", false);
        String customer = Sales.party(admin, "Stretched Ltd");
        String hours = Sales.product(admin, "CRHOUR", "service", "100.00");
        JsonNode limit = ok(admin.put("/api/v1/sales/parties/" + customer + "/credit",
                "{\"creditLimit\":\"250\",\"currency\":\"EUR\"}"));
        assertThat(limit.get("creditLimit").decimalValue()).isEqualByComparingTo("250");
        kernel.createUser("seller@sg-credit.test", Sales.PASSWORD, Set.of("member"), kernel.tenant("sg-credit"));
        ApiClient seller = kernel.api("seller@sg-credit.test", Sales.PASSWORD).withTenant("sg-credit");

        Sales.confirm(seller, Sales.quotation(seller, customer, Sales.line(hours, "2")));
        JsonNode used = ok(seller.get("/api/v1/sales/parties/" + customer + "/credit"));
        assertThat(used.get("creditUsed").decimalValue()).isEqualByComparingTo("200.00");
        String over = Sales.quotation(seller, customer, Sales.line(hours, "1"));
        ApiResponse refused = seller.post(Q + "/" + over + "/confirm", "");
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("Credit limit exceeded", "250.00", "300.00",
                "sales.override-credit");
        assertThat(ok(seller.get(Q + "/" + over)).get("state").asString()).isEqualTo("DRAFT");
        // the admin holds sales.override-credit
        String order = Sales.confirm(admin, over);
        assertThat(Sales.order(admin, order).get("total").decimalValue()).isEqualByComparingTo("100.00");
        // the overridden order is used credit too
        assertThat(ok(seller.get("/api/v1/sales/parties/" + customer + "/credit")).get("creditUsed").decimalValue())
                .isEqualByComparingTo("300.00");
    }
}
