package io.tessera.plugins.purchasing;

import static io.tessera.plugins.purchasing.Purchases.INVENTORY;
import static io.tessera.plugins.purchasing.Purchases.PRICE_DIFFERENCE;
import static io.tessera.plugins.purchasing.Purchases.PUR;
import static io.tessera.plugins.purchasing.Purchases.SRNB;
import static io.tessera.plugins.purchasing.Purchases.balance;
import static io.tessera.plugins.purchasing.Purchases.confirmed;
import static io.tessera.plugins.purchasing.Purchases.get;
import static io.tessera.plugins.purchasing.Purchases.order;
import static io.tessera.plugins.purchasing.Purchases.product;
import static io.tessera.plugins.purchasing.Purchases.receive;
import static io.tessera.plugins.purchasing.Purchases.supplier;
import static io.tessera.plugins.purchasing.Purchases.supplies;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.member;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Purchase orders over HTTP with the real purchasing, catalog, accounting and inventory jars on PostgreSQL as the
 * application role: prices and lead times from the catalog, receipts in parts into stock, vendor bills with the
 * three-way match (quantities, tolerance, held bills), stock received not billed clearing, concurrent bills, every bad
 * field in one 422, another tenant's ids 404 on every endpoint, purchasing without inventory, detach and re-enable.
 */
class PurchasingIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .property("tessera.events.poll-interval", "200ms")
            .build();

    @Test
    void anOrderTakesPriceUnitAndLeadTimeFromTheSupplierIsReceivedInTwoPartsBilledMatchedAndPaid() {
        ApiClient api = Purchases.tenant(kernel, "pur-p2p", true);
        String vendor = supplier(api, "Bolt Supply");
        String bolt = product(api, "BOLT", "storable");
        supplies(api, bolt, vendor, "12.00", "0", "1", 7);

        JsonNode rfq = order(api, vendor, bolt, "10", null);
        assertThat(rfq.get("state").asString()).isEqualTo("DRAFT");
        assertThat(rfq.get("number").asString()).startsWith("PO-");
        assertThat(rfq.get("partyName").asString()).isEqualTo("Bolt Supply");
        JsonNode line = rfq.get("lines").get(0);
        assertThat(line.get("unitPrice").decimalValue()).as("the supplier's price").isEqualByComparingTo("12.00");
        assertThat(line.get("expectedDate").asString()).as("order date + lead time").isEqualTo("2026-11-09");
        assertThat(line.get("billPolicy").asString()).isEqualTo("RECEIVED");
        assertThat(rfq.get("total").decimalValue()).isEqualByComparingTo("120.00");
        String id = rfq.get("id").asString();
        assertProblem(api.post(PUR + "orders/" + id + "/receive", ""), 409);

        JsonNode po = ok(api.post(PUR + "orders/" + id + "/confirm", ""));
        assertThat(po.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(po.get("status").asString()).isEqualTo("TO_RECEIVE");
        assertProblem(api.post(PUR + "orders/" + id + "/confirm", ""), 409);

        JsonNode part = receive(api, id, 1, "6");
        assertThat(part.get("lines").get(0).get("toReceive").decimalValue()).as("the backorder").isEqualByComparingTo("4");
        assertThat(balance(api, SRNB)).isEqualByComparingTo("-72.00");
        ApiResponse tooMuch = api.post(PUR + "orders/" + id + "/receive", "{\"lines\":[{\"line\":1,\"quantity\":\"5\"}]}");
        assertProblem(tooMuch, 409);
        assertThat(tooMuch.json().get("detail").asString()).contains("only 4 left to receive");
        JsonNode rest = ok(api.post(PUR + "orders/" + id + "/receive", ""));
        assertThat(rest.get("receiptIds").size()).as("two inventory receipts").isEqualTo(2);
        assertThat(rest.get("status").asString()).isEqualTo("TO_BILL");
        assertThat(ok(api.get("/api/v1/inventory/stock?productId=" + bolt)).get("onHand").decimalValue())
                .isEqualByComparingTo("10");
        assertThat(balance(api, SRNB)).isEqualByComparingTo("-120.00");
        assertThat(balance(api, INVENTORY)).isEqualByComparingTo("120.00");

        JsonNode bill = ok(api.post(PUR + "orders/" + id + "/bill", "{\"date\":\"2026-11-20\"}"), 201);
        assertThat(bill.get("held").asBoolean()).isFalse();
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("120.00");
        String invoice = bill.get("invoiceId").asString();
        JsonNode vendorBill = ok(api.get("/api/v1/accounting/invoices/" + invoice));
        assertThat(vendorBill.get("state").asString()).isEqualTo("POSTED");
        assertThat(vendorBill.get("total").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(balance(api, SRNB)).as("stock received not billed clears for the fully billed order").isZero();
        JsonNode done = get(api, id);
        assertThat(done.get("state").asString()).isEqualTo("DONE");
        assertThat(done.get("lines").get(0).get("billed").decimalValue()).isEqualByComparingTo("10");
        assertThat(done.get("bills").get(0).get("invoiceId").asString()).isEqualTo(invoice);
        assertProblem(api.post(PUR + "orders/" + id + "/bill", ""), 409);

        ok(api.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"2026-11-25","amount":"120.00","direction":"sent",
                 "allocations":[{"invoiceId":"%s","amount":"120.00"}]}""".formatted(vendor, invoice)), 201);
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + invoice)).get("open").decimalValue()).isZero();
        assertThat(Purchases.trialBalanceBalances(api)).isTrue();
    }

    @Test
    void pricesWithinTheToleranceAreBookedToPriceDifferenceAndBeyondItTheBillIsHeldUntilReleased() {
        ApiClient api = Purchases.tenant(kernel, "pur-tolerance", true);
        ok(api.put(PUR + "settings", "{\"priceTolerancePercent\":\"5\"}"));
        assertField(api.put(PUR + "settings", "{\"priceTolerancePercent\":\"101\"}"), 422, "priceTolerancePercent");
        String vendor = supplier(api, "Nut Supply");
        String nut = product(api, "NUT", "storable");

        String above = confirmed(api, vendor, nut, "10", "12.00");
        receive(api, above, 1, "10");
        JsonNode within = ok(api.post(PUR + "orders/" + above + "/bill",
                "{\"lines\":[{\"line\":1,\"unitPrice\":\"12.50\"}]}"), 201);
        assertThat(within.get("held").asBoolean()).as("4.17 % is within 5 %").isFalse();
        assertThat(within.get("total").decimalValue()).isEqualByComparingTo("125.00");
        assertThat(balance(api, PRICE_DIFFERENCE)).isEqualByComparingTo("5.00");
        assertThat(balance(api, SRNB)).isZero();

        String below = confirmed(api, vendor, nut, "10", "12.00");
        receive(api, below, 1, "10");
        JsonNode cheaper = ok(api.post(PUR + "orders/" + below + "/bill",
                "{\"lines\":[{\"line\":1,\"unitPrice\":\"11.80\"}]}"), 201);
        assertThat(cheaper.get("held").asBoolean()).isFalse();
        assertThat(cheaper.get("total").decimalValue()).isEqualByComparingTo("118.00");
        assertThat(balance(api, PRICE_DIFFERENCE)).as("5.00 - 2.00").isEqualByComparingTo("3.00");
        assertThat(balance(api, SRNB)).isZero();

        String beyond = confirmed(api, vendor, nut, "10", "12.00");
        receive(api, beyond, 1, "10");
        JsonNode held = ok(api.post(PUR + "orders/" + beyond + "/bill",
                "{\"lines\":[{\"line\":1,\"unitPrice\":\"13.00\"}]}"), 201);
        assertThat(held.get("held").asBoolean()).isTrue();
        assertThat(held.get("reason").asString()).contains("Line 1", "13", "8.33 % above the ordered 12", "Tolerance: 5 %");
        String invoice = held.get("invoiceId").asString();
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + invoice)).get("state").asString()).isEqualTo("DRAFT");
        assertThat(balance(api, SRNB)).as("nothing posted while held").isEqualByComparingTo("-120.00");
        assertThat(get(api, beyond).get("state").asString()).as("a held bill keeps the order open").isEqualTo("CONFIRMED");
        assertThat(ok(api.get(PUR + "bills?state=HELD")).valueStream().map(b -> b.get("id").asString()))
                .containsExactly(held.get("id").asString());

        member(api, "buyer@pur-tolerance.test", Purchases.PASSWORD);
        ApiClient buyer = api.as("buyer@pur-tolerance.test", Purchases.PASSWORD);
        assertProblem(buyer.post(PUR + "bills/" + held.get("id").asString() + "/release", ""), 403);
        JsonNode released = ok(api.post(PUR + "bills/" + held.get("id").asString() + "/release", ""));
        assertThat(released.get("state").asString()).isEqualTo("POSTED");
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + invoice)).get("state").asString()).isEqualTo("POSTED");
        assertThat(balance(api, SRNB)).isZero();
        assertThat(balance(api, PRICE_DIFFERENCE)).isEqualByComparingTo("13.00");
        assertThat(get(api, beyond).get("state").asString()).isEqualTo("DONE");
        assertProblem(api.post(PUR + "bills/" + held.get("id").asString() + "/release", ""), 409);
        assertThat(Purchases.trialBalanceBalances(api)).isTrue();
    }

    @Test
    void billedNeverExceedsWhatThePolicyAllowsAndTheDatabaseRefusesItToo() throws SQLException {
        ApiClient api = Purchases.tenant(kernel, "pur-match", true);
        String vendor = supplier(api, "Match Supply");
        String washer = product(api, "WASHER", "storable");
        String id = confirmed(api, vendor, washer, "10", "2.00");
        assertProblem(api.post(PUR + "orders/" + id + "/bill", ""), 409);
        receive(api, id, 1, "4");

        ApiResponse over = api.post(PUR + "orders/" + id + "/bill", "{\"lines\":[{\"line\":1,\"quantity\":\"5\"}]}");
        assertProblem(over, 409);
        assertThat(over.json().get("detail").asString()).contains("can be billed for 4 more, not 5", "received 4");
        assertThat(ok(api.post(PUR + "orders/" + id + "/bill", ""), 201).get("total").decimalValue())
                .isEqualByComparingTo("8.00");
        assertThat(get(api, id).get("lines").get(0).get("toBill").decimalValue()).isZero();
        assertThat(kernel.countAsSuperuser("select count(*) from pur_bills b join tenants t on t.id = b.tenant_id "
                + "where t.slug = 'pur-match'")).as("the refused bill left nothing").isEqualTo(1);

        UUID tenant = kernel.tenant("pur-match").id();
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant,
                "update pur_order_lines set billed_qty = billed_qty + 1 where order_id = '" + id + "'"))
                .as("the CHECK refuses billing beyond the received quantity, whoever writes")
                .hasMessageContaining("pur_order_lines_billed_ck");
        assertThatThrownBy(() -> kernel.asApplicationRole(tenant,
                "update pur_order_lines set received_qty = base_qty + 1 where order_id = '" + id + "'"))
                .hasMessageContaining("pur_order_lines_received_ck");

        // an ordered-policy product is billed up to the ordered quantity before anything arrives
        String service = product(api, "INSTALL", "storable");
        ok(api.put(PUR + "products/" + service + "/bill-policy", "{\"policy\":\"ordered\"}"));
        assertField(api.put(PUR + "products/" + service + "/bill-policy", "{\"policy\":\"sometimes\"}"), 422, "policy");
        String ahead = confirmed(api, vendor, service, "3", "5.00");
        JsonNode billedAhead = ok(api.post(PUR + "orders/" + ahead + "/bill", ""), 201);
        assertThat(billedAhead.get("total").decimalValue()).isEqualByComparingTo("15.00");
        assertThat(get(api, ahead).get("lines").get(0).get("billPolicy").asString()).isEqualTo("ORDERED");
        assertThat(get(api, ahead).get("status").asString()).isEqualTo("TO_RECEIVE");
    }

    @Test
    void concurrentBillsOfOneOrderNeverBillMoreThanWasReceived() throws Exception {
        ApiClient api = Purchases.tenant(kernel, "pur-race", true);
        String vendor = supplier(api, "Race Supply");
        String pin = product(api, "PIN", "storable");
        String id = confirmed(api, vendor, pin, "10", "1.50");
        receive(api, id, 1, "10");

        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<ApiResponse>> results = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                Callable<ApiResponse> bill = () -> api.post(PUR + "orders/" + id + "/bill",
                        "{\"lines\":[{\"line\":1,\"quantity\":\"6\"}]}");
                results.add(pool.submit(bill));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<ApiResponse> f : results) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(requests - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(get(api, id).get("lines").get(0).get("billed").decimalValue()).isEqualByComparingTo("6");
        assertThat(kernel.countAsSuperuser("select count(*) from pur_bills b join tenants t on t.id = b.tenant_id "
                + "where t.slug = 'pur-race'")).isEqualTo(1);
    }

    @Test
    void everyBadFieldIsNamedInOne422AndNothingIsWritten() {
        ApiClient api = Purchases.tenant(kernel, "pur-invalid", true);
        String vendor = supplier(api, "Picky Supply");
        String nosupplier = product(api, "NOSUP", "storable");
        ApiResponse bad = api.post(PUR + "orders", """
                {"partyId":"%s","currency":"USD","lines":[{"productId":"%s","quantity":"0"},
                 {"productId":"%s","quantity":"2","unitPrice":"-1"},{"quantity":"1","unitPrice":"1"},
                 {"productId":"%s","quantity":"1","unitPrice":"1","uom":"kg"}]}"""
                .formatted(vendor, nosupplier, nosupplier, nosupplier));
        assertProblem(bad, 422);
        assertThat(fields(bad)).containsExactlyInAnyOrder("currency", "lines[0].unitPrice", "lines[0].quantity",
                "lines[1].unitPrice", "lines[2].productId", "lines[3].uom");
        assertThat(fields(api.post(PUR + "orders", "{}"))).containsExactlyInAnyOrder("partyId", "lines");
        assertThat(kernel.countAsSuperuser("select count(*) from pur_orders o join tenants t on t.id = o.tenant_id "
                + "where t.slug = 'pur-invalid'")).isZero();

        String id = confirmed(api, vendor, nosupplier, "5", "1.00");
        assertThat(fields(api.post(PUR + "orders/" + id + "/receive",
                "{\"lines\":[{\"line\":7,\"quantity\":\"-1\"},{\"quantity\":\"1\"}]}")))
                .containsExactlyInAnyOrder("lines[0].line", "lines[0].quantity", "lines[1].line");
        receive(api, id, 1, "5");
        assertThat(fields(api.post(PUR + "orders/" + id + "/bill",
                "{\"date\":\"2026-11-10\",\"dueDate\":\"2026-11-01\",\"lines\":[{\"line\":1,\"quantity\":\"0\",\"unitPrice\":\"-2\"},{\"line\":9}]}")))
                .containsExactlyInAnyOrder("dueDate", "lines[0].quantity", "lines[0].unitPrice", "lines[1].line");
        assertThat(get(api, id).get("lines").get(0).get("billed").decimalValue()).isZero();
        assertField(api.get(PUR + "orders?state=LOST"), 422, "state");
    }

    @Test
    void anotherTenantsOrdersBillsPartiesAndProductsAreNotFoundOnEveryEndpoint() {
        ApiClient acme = Purchases.tenant(kernel, "pur-acme", true);
        ApiClient globex = Purchases.tenant(kernel, "pur-globex", true);
        String vendor = supplier(acme, "Acme Vendor");
        String product = product(acme, "ACME-1", "storable");
        String theirVendor = supplier(globex, "Globex Vendor");
        String theirProduct = product(globex, "GLOBEX-1", "storable");
        String id = confirmed(acme, vendor, product, "4", "3.00");
        receive(acme, id, 1, "4");
        ok(acme.put(PUR + "settings", "{\"priceTolerancePercent\":\"0\"}"));
        String bill = ok(acme.post(PUR + "orders/" + id + "/bill", "{\"lines\":[{\"line\":1,\"unitPrice\":\"4.00\"}]}"), 201)
                .get("id").asString();
        String draft = order(acme, vendor, product, "1", "1.00").get("id").asString();

        assertProblem(globex.get(PUR + "orders/" + id), 404);
        assertProblem(globex.post(PUR + "orders/" + draft + "/confirm", ""), 404);
        assertProblem(globex.post(PUR + "orders/" + draft + "/cancel", ""), 404);
        assertProblem(globex.post(PUR + "orders/" + id + "/receive", ""), 404);
        assertProblem(globex.post(PUR + "orders/" + id + "/bill", ""), 404);
        assertProblem(globex.get(PUR + "orders/" + id + "/pdf"), 404);
        assertProblem(globex.get(PUR + "bills/" + bill), 404);
        assertProblem(globex.post(PUR + "bills/" + bill + "/release", ""), 404);
        assertProblem(globex.get(PUR + "products/" + product + "/bill-policy"), 404);
        assertProblem(globex.put(PUR + "products/" + product + "/bill-policy", "{\"policy\":\"ordered\"}"), 404);
        assertThat(ok(globex.get(PUR + "orders")).get("items").valueStream().map(o -> o.get("id").asString()))
                .doesNotContain(id, draft);
        assertThat(ok(globex.get(PUR + "bills")).valueStream().map(b -> b.get("id").asString())).doesNotContain(bill);
        assertField(acme.post(PUR + "orders", """
                {"partyId":"%s","lines":[{"productId":"%s","quantity":"1","unitPrice":"1"}]}""".formatted(theirVendor, product)),
                404, "partyId");
        assertField(acme.post(PUR + "orders", """
                {"partyId":"%s","lines":[{"productId":"%s","quantity":"1","unitPrice":"1"}]}""".formatted(vendor, theirProduct)),
                404, "lines[0].productId");
        assertThat(get(acme, draft).get("state").asString()).as("untouched").isEqualTo("DRAFT");
    }

    @Test
    void ordersAreListedNewestFirstByKeysetAndADraftCanBeCancelled() {
        ApiClient api = Purchases.tenant(kernel, "pur-list", true);
        String vendor = supplier(api, "List Supply");
        String other = supplier(api, "Other Supply");
        String p = product(api, "LIST-1", "storable");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(order(api, i == 4 ? other : vendor, p, "1", "1.00").get("id").asString());
        }
        JsonNode first = ok(api.get(PUR + "orders?size=2"));
        assertThat(first.get("items").valueStream().map(o -> o.get("id").asString())).containsExactly(ids.get(4), ids.get(3));
        JsonNode second = ok(api.get(PUR + "orders?size=2&before=" + first.get("next").asString()));
        assertThat(second.get("items").valueStream().map(o -> o.get("id").asString())).containsExactly(ids.get(2), ids.get(1));
        JsonNode last = ok(api.get(PUR + "orders?size=2&before=" + second.get("next").asString()));
        assertThat(last.get("items").size()).isEqualTo(1);
        assertThat(last.get("next").isNull()).isTrue();
        assertThat(ok(api.get(PUR + "orders?partyId=" + other)).get("items").size()).isEqualTo(1);

        JsonNode cancelled = ok(api.post(PUR + "orders/" + ids.get(0) + "/cancel", ""));
        assertThat(cancelled.get("state").asString()).isEqualTo("CANCELLED");
        assertProblem(api.post(PUR + "orders/" + ids.get(0) + "/confirm", ""), 409);
        String received = confirmed(api, vendor, p, "2", "1.00");
        receive(api, received, 1, "1");
        ApiResponse refused = api.post(PUR + "orders/" + received + "/cancel", "");
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asString()).contains("received or billed");
        assertThat(ok(api.get(PUR + "orders?state=CANCELLED")).get("items").size()).isEqualTo(1);
    }

    @Test
    void purchasingWorksWithoutInventoryAndDetachKeepsTheOrders() {
        ApiClient api = Purchases.tenant(kernel, "pur-services", false);
        String vendor = supplier(api, "Consulting Ltd");
        String consulting = product(api, "CONSULT", "service");
        String goods = product(api, "GOODS", "storable");
        JsonNode rfq = ok(api.post(PUR + "orders", """
                {"partyId":"%s","lines":[{"productId":"%s","quantity":"8","unitPrice":"100.00"},
                 {"productId":"%s","quantity":"2","unitPrice":"5.00"}]}""".formatted(vendor, consulting, goods)), 201);
        String id = rfq.get("id").asString();
        assertThat(rfq.get("lines").get(0).get("billPolicy").asString()).as("services bill what was ordered").isEqualTo("ORDERED");
        ok(api.post(PUR + "orders/" + id + "/confirm", ""));
        JsonNode bill = ok(api.post(PUR + "orders/" + id + "/bill", ""), 201);
        assertThat(bill.get("total").decimalValue()).as("the service only: goods wait for their receipt").isEqualByComparingTo("800.00");
        JsonNode received = ok(api.post(PUR + "orders/" + id + "/receive", ""));
        assertThat(received.get("receiptIds").size()).as("no inventory: nothing goes into stock").isZero();
        ok(api.post(PUR + "orders/" + id + "/bill", ""), 201);
        assertThat(get(api, id).get("state").asString()).isEqualTo("DONE");
        assertThat(balance(api, SRNB)).as("nothing through stock received not billed").isZero();
        assertThat(Purchases.trialBalanceBalances(api)).isTrue();

        assertThat(api.delete("/api/v1/admin/modules/purchasing").status()).isIn(200, 204);
        assertProblem(api.get(PUR + "orders/" + id), 404);
        ok(api.put("/api/v1/admin/modules/purchasing", ""));
        assertThat(get(api, id).get("state").asString()).as("detach keeps the orders").isEqualTo("DONE");
        assertThat(ok(api.get(PUR + "settings")).get("priceTolerancePercent").decimalValue())
                .as("re-enabling seeds nothing twice").isEqualByComparingTo("2");
    }

    @Test
    void procureToPayFromAReorderRuleToASuggestedOrderReceivedInTwoPartsBilledAndPaid() {
        ApiClient api = Purchases.tenant(kernel, "pur-replenish", true);
        String bolts = supplier(api, "Bolts Inc");
        String nuts = supplier(api, "Nuts Inc");
        String bolt = product(api, "R-BOLT", "storable");
        String screw = product(api, "R-SCREW", "storable");
        String nut = product(api, "R-NUT", "storable");
        String orphan = product(api, "R-ORPHAN", "storable");
        supplies(api, bolt, bolts, "4.00", "10", "5", 3);
        supplies(api, screw, bolts, "0.50", "100", "50", 3);
        supplies(api, nut, nuts, "1.00", "0", "1", 2);
        for (String p : List.of(bolt, screw, nut, orphan)) {
            ok(api.post("/api/v1/inventory/reorder-rules", """
                    {"productId":"%s","min":"5","max":"13"}""".formatted(p)), 201);
        }

        JsonNode drafted = ok(api.post(PUR + "replenishment", ""), 201);
        assertThat(drafted.get("orders").size()).as("one draft per supplier").isEqualTo(2);
        JsonNode boltOrder = drafted.get("orders").valueStream().filter(o -> o.get("partyId").asString().equals(bolts))
                .findFirst().orElseThrow();
        assertThat(boltOrder.get("state").asString()).isEqualTo("DRAFT");
        assertThat(boltOrder.get("lines").size()).isEqualTo(2);
        JsonNode boltLine = boltOrder.get("lines").valueStream().filter(l -> l.get("productId").asString().equals(bolt))
                .findFirst().orElseThrow();
        assertThat(boltLine.get("quantity").decimalValue()).as("13 up to the multiple of 5").isEqualByComparingTo("15");
        assertThat(boltLine.get("unitPrice").decimalValue()).isEqualByComparingTo("4.00");
        JsonNode screwLine = boltOrder.get("lines").valueStream().filter(l -> l.get("productId").asString().equals(screw))
                .findFirst().orElseThrow();
        assertThat(screwLine.get("quantity").decimalValue()).as("raised to the minimum of 100").isEqualByComparingTo("100");
        assertThat(drafted.get("skipped").valueStream().map(x -> x.get("reason").asString()))
                .containsExactly("R-ORPHAN has no supplier in the catalog");

        JsonNode again = ok(api.post(PUR + "replenishment", ""));
        assertThat(again.get("orders").size()).as("idempotent: what is on order is netted").isZero();
        assertThat(again.get("skipped").valueStream().map(x -> x.get("reason").asString()))
                .contains("R-BOLT is already on order (15 unit)");

        String id = boltOrder.get("id").asString();
        ok(api.post(PUR + "orders/" + id + "/confirm", ""));
        int boltNo = boltLine.get("line").asInt();
        int screwNo = screwLine.get("line").asInt();
        receive(api, id, boltNo, "10");
        ok(api.post(PUR + "orders/" + id + "/receive", """
                {"lines":[{"line":%d,"quantity":"5"},{"line":%d,"quantity":"100"}]}""".formatted(boltNo, screwNo)));
        assertThat(ok(api.get("/api/v1/inventory/stock?productId=" + bolt)).get("onHand").decimalValue())
                .isEqualByComparingTo("15");
        assertThat(balance(api, SRNB)).isEqualByComparingTo("-110.00");
        JsonNode bill = ok(api.post(PUR + "orders/" + id + "/bill", ""), 201);
        assertThat(bill.get("held").asBoolean()).isFalse();
        assertThat(bill.get("total").decimalValue()).isEqualByComparingTo("110.00");
        assertThat(balance(api, SRNB)).as("stock received not billed is zero for the order").isZero();
        ok(api.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"2026-12-01","amount":"110.00","direction":"sent",
                 "allocations":[{"invoiceId":"%s","amount":"110.00"}]}""".formatted(bolts, bill.get("invoiceId").asString())), 201);
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + bill.get("invoiceId").asString())).get("open").decimalValue())
                .isZero();
        assertThat(get(api, id).get("state").asString()).isEqualTo("DONE");
        assertThat(Purchases.trialBalanceBalances(api)).isTrue();
    }

    @Test
    void aReplenishmentRunDraftsOrdersThroughTheEventOnceHoweverOftenItRuns() throws InterruptedException {
        ApiClient api = Purchases.tenant(kernel, "pur-event", true);
        String vendor = supplier(api, "Event Supply");
        String gear = product(api, "E-GEAR", "storable");
        supplies(api, gear, vendor, "2.00", "0", "1", 1);
        ok(api.post("/api/v1/inventory/reorder-rules", "{\"productId\":\"" + gear + "\",\"min\":\"2\",\"max\":\"6\"}"), 201);
        assertThat(ok(api.post("/api/v1/inventory/replenishment/run", "")).size()).isEqualTo(1);
        assertThat(ok(api.post("/api/v1/inventory/replenishment/run", "")).size()).isEqualTo(1);

        String tenant = kernel.tenant("pur-event").id().toString();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (kernel.countAsSuperuser("select count(*) from outbox_events where tenant_id = ?::uuid "
                + "and event_type like '%ReplenishmentSuggested'", tenant) > 0
                || kernel.countAsSuperuser("select count(*) from pur_orders where tenant_id = ?::uuid", tenant) == 0) {
            assertThat(System.nanoTime()).as("waiting for the outbox").isLessThan(deadline);
            Thread.sleep(100);
        }
        JsonNode orders = ok(api.get(PUR + "orders"));
        assertThat(orders.get("items").size()).as("two events, one draft").isEqualTo(1);
        assertThat(get(api, orders.get("items").get(0).get("id").asString()).get("lines").get(0).get("quantity")
                .decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void theOrderIsAPdfWhoseTextNamesSupplierLinesAndTotalInTheReadersLanguage() throws Exception {
        ApiClient api = Purchases.tenant(kernel, "pur-pdf", true);
        String vendor = supplier(api, "Zahnrad GmbH");
        String gear = product(api, "GEAR-9", "storable");
        String id = order(api, vendor, gear, "1234.5", "3.25").get("id").asString();

        String english = pdfText("pur-pdf", id, "en");
        assertThat(english).startsWith("pur-pdf").contains("Request for quotation PO-", "Supplier: Zahnrad GmbH", "GEAR-9 Product GEAR-9",
                "1,234.5 unit", "3.25", "Total 4,012.13 EUR");
        ok(api.post(PUR + "orders/" + id + "/confirm", ""));
        String german = pdfText("pur-pdf", id, "de");
        assertThat(german).contains("Bestellung PO-", "Lieferant: Zahnrad GmbH", "1.234,5 unit", "Summe 4.012,13 EUR");
        assertProblem(Purchases.tenant(kernel, "pur-pdf-other", true).get(PUR + "orders/" + id + "/pdf"), 404);
    }

    /** The text of an order's PDF, fetched as bytes in a language. */
    static String pdfText(String slug, String order, String language) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(kernel.baseUri().resolve(PUR + "orders/" + order + "/pdf"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                ("admin@" + slug + ".test:" + Purchases.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Accept-Language", language).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(response.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    static List<String> fields(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        return StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asString()).toList();
    }
}
