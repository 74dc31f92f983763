package io.tessera.plugins.sales;

import static io.tessera.plugins.sales.Sales.O;
import static io.tessera.plugins.sales.Sales.Q;
import static io.tessera.plugins.sales.Sales.assertProblem;
import static io.tessera.plugins.sales.Sales.created;
import static io.tessera.plugins.sales.Sales.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The order-to-cash flow through the REST API with the real catalog, accounting, inventory and sales jars on
 * PostgreSQL as the application role: quotation priced from the catalog → confirmed (stock reserved) → invoiced by
 * policy → delivered in two parts (COGS posted, stock down) → paid → done, receivables zero, ledger balanced.
 */
class SalesFlowIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = Sales.kernel();

    @AfterAll
    static void ledgersBalance() {
        assertThat(Sales.unbalancedLedgers(kernel)).isEmpty();
    }

    @Test
    void quotationToCash() {
        ApiClient api = Sales.tenant(kernel, "sf-cash", true);
        String customer = Sales.party(api, "Acme Retail");
        String widget = Sales.product(api, "WID", "storable", "10.00");
        String gadget = Sales.product(api, "GAD", "storable", "25.00");
        ok(api.put("/api/v1/sales/products/" + gadget + "/invoice-policy", "{\"policy\":\"ordered\"}"));
        Sales.stockUp(api, widget, "10");
        Sales.stockUp(api, gadget, "10");

        // widget priced from its list price; gadget with an own price, a discount and tax
        ApiResponse quoted = api.post(Q, """
                {"partyId":"%s","lines":[{"productId":"%s","quantity":"4"},
                  {"productId":"%s","quantity":"2","unitPrice":"20.00","discount":"10","taxRate":"20"}]}
                """.formatted(customer, widget, gadget));
        String quotation = created(quoted);
        assertThat(quoted.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(quoted.json().get("total").decimalValue()).isEqualByComparingTo("83.20");
        assertThat(quoted.json().get("currency").asString()).isEqualTo("EUR");
        JsonNode read = ok(api.get(Q + "/" + quotation));
        assertThat(read.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(read.get("lines").get(1).get("net").decimalValue()).isEqualByComparingTo("36.00");
        assertThat(read.get("number").asString()).startsWith("SQ-");
        ok(api.post(Q + "/" + quotation + "/send", ""));

        String order = Sales.confirm(api, quotation);
        assertThat(ok(api.get(Q + "/" + quotation)).get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(ok(api.get(Q + "/" + quotation)).get("orderId").asString()).isEqualTo(order);
        assertProblem(api.post(Q + "/" + quotation + "/confirm", ""), 409);
        assertThat(Sales.stock(api, widget).get("reserved").decimalValue()).isEqualByComparingTo("4");
        assertThat(Sales.stock(api, gadget).get("reserved").decimalValue()).isEqualByComparingTo("2");
        JsonNode confirmed = Sales.order(api, order);
        assertThat(confirmed.get("status").asString()).isEqualTo("TO_DELIVER");
        assertThat(confirmed.get("total").decimalValue()).isEqualByComparingTo("83.20");
        String widgetLine = confirmed.get("lines").get(0).get("id").asString();
        String gadgetLine = confirmed.get("lines").get(1).get("id").asString();
        assertThat(confirmed.get("lines").get(0).get("invoicePolicy").asString()).isEqualTo("DELIVERED");
        assertThat(confirmed.get("lines").get(1).get("invoicePolicy").asString()).isEqualTo("ORDERED");

        // the customer at a glance: one open order, one open quotation
        created(api.post(Q, "{\"partyId\":\"" + customer + "\",\"lines\":[" + Sales.line(widget, "1") + "]}"));
        JsonNode glance = ok(api.get("/api/v1/sales/parties/" + customer + "/summary")).get("currencies").get(0);
        assertThat(glance.get("currency").asString()).isEqualTo("EUR");
        assertThat(glance.get("openQuotations").asLong()).isEqualTo(1);
        assertThat(glance.get("quoted").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(glance.get("openOrders").asLong()).isEqualTo(1);
        assertThat(glance.get("toDeliver").decimalValue()).isEqualByComparingTo("76.00");
        assertThat(glance.get("toInvoice").decimalValue()).isEqualByComparingTo("76.00");

        // ordered policy: the gadgets are invoiced at once; the widgets wait for their delivery
        String first = ok(api.post(O + "/" + order + "/invoice", "{\"date\":\"2026-12-01\",\"confirm\":true}"))
                .get("invoiceId").asString();
        JsonNode firstInvoice = ok(api.get("/api/v1/accounting/invoices/" + first));
        assertThat(firstInvoice.get("total").decimalValue()).isEqualByComparingTo("43.20");
        assertThat(firstInvoice.get("lines").size()).isEqualTo(1);
        assertThat(firstInvoice.get("state").asString()).isEqualTo("POSTED");
        assertThat(kernel.queryAsSuperuser("select source_line_id::text from acc_invoice_lines where invoice_id = ?::uuid", first))
                .isEqualTo(gadgetLine);
        assertProblem(api.post(O + "/" + order + "/invoice", ""), 409);

        // delivered in two parts: COGS posted, stock down, the rest stays to deliver
        JsonNode part = ok(api.post(O + "/" + order + "/deliver", """
                {"lines":[{"lineId":"%s","quantity":"1"},{"lineId":"%s","quantity":"2"}]}""".formatted(widgetLine, gadgetLine)));
        assertThat(part.get("status").asString()).isEqualTo("TO_DELIVER");
        assertThat(part.get("lines").get(0).get("delivered").decimalValue()).isEqualByComparingTo("1");
        assertThat(Sales.stock(api, widget).get("onHand").decimalValue()).isEqualByComparingTo("9");
        assertThat(Sales.stock(api, widget).get("reserved").decimalValue()).isEqualByComparingTo("3");
        assertProblem(api.post(O + "/" + order + "/deliver", """
                {"lines":[{"lineId":"%s","quantity":"4"}]}""".formatted(widgetLine)), 409);
        JsonNode rest = ok(api.post(O + "/" + order + "/deliver", ""));
        assertThat(rest.get("status").asString()).isEqualTo("TO_INVOICE");
        assertThat(rest.get("deliveryIds").size()).as("one delivery per request, whatever its lines").isEqualTo(2);
        assertThat(Sales.stock(api, widget).get("onHand").decimalValue()).isEqualByComparingTo("6");
        assertThat(Sales.stock(api, gadget).get("onHand").decimalValue()).isEqualByComparingTo("8");
        assertThat(Sales.stock(api, widget).get("reserved").decimalValue()).isZero();
        assertThat(Sales.roleBalance(kernel, "sf-cash", "COST_OF_GOODS_SOLD")).isEqualByComparingTo("15.00");

        // delivered policy: the widgets are invoiced now, once
        String second = ok(api.post(O + "/" + order + "/invoice", "{\"date\":\"2026-12-02\",\"confirm\":true}"))
                .get("invoiceId").asString();
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + second)).get("total").decimalValue()).isEqualByComparingTo("40.00");
        assertProblem(api.post(O + "/" + order + "/invoice", ""), 409);
        JsonNode invoiced = Sales.order(api, order);
        assertThat(invoiced.get("status").asString()).isEqualTo("FULLY_INVOICED");
        List<String> invoiceIds = new ArrayList<>();
        invoiced.get("invoiceIds").forEach(n -> invoiceIds.add(n.asString()));
        assertThat(invoiceIds).containsExactly(first, second);
        for (JsonNode line : invoiced.get("lines")) {
            assertThat(line.get("invoiced").decimalValue()).isEqualByComparingTo(line.get("ordered").decimalValue());
            assertThat(line.get("delivered").decimalValue()).isEqualByComparingTo(line.get("ordered").decimalValue());
        }
        assertThat(Sales.receivable(kernel, customer)).isEqualByComparingTo("83.20");

        // paid through accounting's payment endpoint: the order is done, the customer owes nothing
        ApiResponse paid = api.post("/api/v1/accounting/payments", """
                {"partyId":"%s","date":"2026-12-03","amount":"83.20","allocations":[
                  {"invoiceId":"%s","amount":"43.20"},{"invoiceId":"%s","amount":"40.00"}]}""".formatted(customer, first, second));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(Sales.order(api, order).get("status").asString()).isEqualTo("DONE");
        assertThat(Sales.receivable(kernel, customer)).isZero();
        assertThat(Sales.roleBalance(kernel, "sf-cash", "SALES")).isEqualByComparingTo("-76.00");
        JsonNode settled = ok(api.get("/api/v1/sales/parties/" + customer + "/summary")).get("currencies").get(0);
        assertThat(settled.get("openOrders").asLong()).isZero();
        assertThat(settled.get("openQuotations").asLong()).isEqualTo(1);
        assertProblem(api.post(O + "/" + order + "/cancel", ""), 409);

        JsonNode list = ok(api.get(O + "?partyId=" + customer));
        assertThat(list.get("items").size()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("status").asString()).isEqualTo("DONE");
    }

    @Test
    void quotationsAndOrderConfirmationsPrintAsLocalizedPdfs() throws Exception {
        ApiClient api = Sales.tenant(kernel, "sf-pdf", false);
        String customer = Sales.party(api, "Müller & Söhne GmbH");
        String hours = Sales.product(api, "PHOUR", "service", "1234.50");
        String quotation = created(api.post(Q, """
                {"partyId":"%s","date":"2026-12-01","validUntil":"2026-12-31","lines":[
                  {"productId":"%s","quantity":"2","taxRate":"19","description":"Beratung vor Ort"},
                  {"productId":"%s","quantity":"1.5","unitPrice":"100","discount":"10"}]}""".formatted(customer, hours, hours)));
        String number = ok(api.get(Q + "/" + quotation)).get("number").asString();

        String english = Sales.pdfText(kernel, "sf-pdf", Q + "/" + quotation + "/pdf", "en-US");
        assertThat(english).contains("Quotation " + number, "sf-pdf", "Müller & Söhne GmbH", "Valid until", "Dec 31, 2026",
                "Beratung vor Ort", "2,469.00", "135.00", "Subtotal", "2,604.00 EUR", "469.11 EUR", "Total", "3,073.11 EUR");

        String german = Sales.pdfText(kernel, "sf-pdf", Q + "/" + quotation + "/pdf", "de-DE");
        assertThat(german).contains("Angebot " + number, "Gültig bis", "31.12.2026", "Zwischensumme", "2.604,00 EUR",
                "Gesamt", "3.073,11 EUR", "1.234,50");

        String order = Sales.confirm(api, quotation);
        String orderNumber = Sales.order(api, order).get("number").asString();
        String confirmation = Sales.pdfText(kernel, "sf-pdf", O + "/" + order + "/pdf", "de");
        assertThat(confirmation).contains("Auftragsbestätigung " + orderNumber, "Müller & Söhne GmbH", "Beratung vor Ort",
                "3.073,11 EUR").doesNotContain("Gültig bis");
        ApiClient other = Sales.tenant(kernel, "sf-pdf-other", false);
        assertProblem(other.getAs(Q + "/" + quotation + "/pdf", "application/pdf, application/problem+json"), 404);
        assertProblem(other.getAs(O + "/" + order + "/pdf", "application/pdf, application/problem+json"), 404);
    }

    @Test
    void theOpenApiDocumentDescribesTheSalesEndpointsWithTypedSchemas() {
        JsonNode doc = ok(kernel.anonymousApi().get("/v3/api-docs"));
        JsonNode paths = doc.get("paths");
        for (String path : List.of(Q, Q + "/{id}", Q + "/{id}/pdf", Q + "/{id}/confirm", O, O + "/{id}", O + "/{id}/deliver",
                O + "/{id}/invoice", O + "/{id}/cancel", O + "/{id}/pdf")) {
            assertThat(paths.has(path)).as(path + " in " + paths.propertyNames()).isTrue();
        }
        String confirm = paths.get(Q + "/{id}/confirm").get("post").get("responses").get("200").toString();
        assertThat(confirm).contains("#/components/schemas/Confirmed");
        JsonNode schemas = doc.get("components").get("schemas");
        assertThat(schemas.get("Confirmed").get("properties").has("orderId")).isTrue();
        assertThat(schemas.get("OrderView").get("properties").propertyNames())
                .contains("lines", "deliveryIds", "invoiceIds", "status");
        assertThat(schemas.get("OrderLine").get("properties").propertyNames()).contains("ordered", "delivered", "invoiced");
        assertThat(schemas.get("QuotationLine").get("properties").propertyNames()).contains("unitPrice", "discount", "net");
        assertThat(schemas.get("InvoiceCreated").get("properties").has("invoiceId")).isTrue();
        assertThat(paths.get(O + "/{id}").get("get").get("responses").has("404")).isTrue();
    }

    @Test
    void cancellingAnOrderReleasesItsReservations() {
        ApiClient api = Sales.tenant(kernel, "sf-cancel", true);
        String customer = Sales.party(api, "Changed Mind Ltd");
        String widget = Sales.product(api, "CWID", "storable", "10.00");
        Sales.stockUp(api, widget, "5");
        String order = Sales.confirm(api, Sales.quotation(api, customer, Sales.line(widget, "5")));
        assertThat(Sales.stock(api, widget).get("available").decimalValue()).isZero();
        JsonNode cancelled = ok(api.post(O + "/" + order + "/cancel", ""));
        assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(Sales.stock(api, widget).get("reserved").decimalValue()).isZero();
        assertThat(Sales.stock(api, widget).get("available").decimalValue()).isEqualByComparingTo("5");
        assertProblem(api.post(O + "/" + order + "/deliver", ""), 409);
        assertProblem(api.post(O + "/" + order + "/invoice", ""), 409);
        // the released stock can be sold again
        String again = Sales.confirm(api, Sales.quotation(api, customer, Sales.line(widget, "5")));
        assertThat(Sales.order(api, again).get("status").asString()).isEqualTo("TO_DELIVER");
    }

    @Test
    void aConfirmedOrderReachesIntegratorsAsTheWebhookEventOrderConfirmed() throws Exception {
        List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer receiver = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (exchange) {
                received.add(exchange.getRequestHeaders().getFirst("Tessera-Event-Type") + " "
                        + new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        receiver.start();
        try {
            ApiClient api = Sales.tenant(kernel, "sf-hooks", false);
            ApiResponse subscribed = api.post("/api/v1/admin/webhooks", """
                    {"url":"http://127.0.0.1:%d/hook","events":["order.confirmed"]}""".formatted(receiver.getAddress().getPort()));
            assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
            String webhook = subscribed.json().get("id").asString();
            String customer = Sales.party(api, "Hooked Customer");
            String hours = Sales.product(api, "HOOK-H", "service", "100.00");
            String quotation = Sales.quotation(api, customer, Sales.line(hours, "3"));
            String order = Sales.confirm(api, quotation);

            // the delivery is written in the confirming transaction, so it is there at once
            JsonNode deliveries = ok(api.get("/api/v1/admin/webhooks/" + webhook + "/deliveries")).get("items");
            assertThat(deliveries).hasSize(1);
            assertThat(deliveries.get(0).get("eventType").asString()).isEqualTo("order.confirmed");

            java.time.Instant deadline = java.time.Instant.now().plusSeconds(60);
            while (received.isEmpty() && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(received).as("the delivery sent by the outbox").hasSize(1);
            String[] typeAndBody = received.getFirst().split(" ", 2);
            assertThat(typeAndBody[0]).isEqualTo("order.confirmed");
            JsonNode data = tools.jackson.databind.json.JsonMapper.builder().build().readTree(typeAndBody[1]).get("data");
            assertThat(data.get("orderId").asString()).isEqualTo(order);
            assertThat(data.get("quotationId").asString()).isEqualTo(quotation);
            assertThat(data.get("partyId").asString()).isEqualTo(customer);
            assertThat(data.get("number").asString()).isEqualTo(Sales.order(api, order).get("number").asString());
            assertThat(data.get("total").decimalValue()).isEqualByComparingTo("300.00");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void aServiceCompanyWithoutInventorySellsInvoicesAndDelivers() {
        ApiClient api = Sales.tenant(kernel, "sf-services", false);
        assertThat(ok(api.get("/api/v1/admin/modules")).toString()).contains("sales");
        String customer = Sales.party(api, "Consulting Client");
        String hours = Sales.product(api, "HOUR", "service", "120.00");
        String order = Sales.confirm(api, Sales.quotation(api, customer, Sales.line(hours, "8")));
        JsonNode confirmed = Sales.order(api, order);
        assertThat(confirmed.get("total").decimalValue()).isEqualByComparingTo("960.00");
        assertThat(confirmed.get("lines").get(0).get("invoicePolicy").asString()).isEqualTo("ORDERED");
        String invoice = ok(api.post(O + "/" + order + "/invoice", "{\"confirm\":true}")).get("invoiceId").asString();
        assertThat(ok(api.get("/api/v1/accounting/invoices/" + invoice)).get("total").decimalValue())
                .isEqualByComparingTo("960.00");
        JsonNode delivered = ok(api.post(O + "/" + order + "/deliver", ""));
        assertThat(delivered.get("deliveryIds").size()).isZero();
        assertThat(delivered.get("status").asString()).isEqualTo("FULLY_INVOICED");
    }

    @Test
    void detachingSalesKeepsItsOrdersAndEnablingAgainShowsThem() {
        ApiClient api = Sales.tenant(kernel, "sf-detach", false);
        String customer = Sales.party(api, "Loyal Customer");
        String hours = Sales.product(api, "DHOUR", "service", "100.00");
        String order = Sales.confirm(api, Sales.quotation(api, customer, Sales.line(hours, "1")));
        assertThat(api.delete("/api/v1/admin/modules/sales").status()).isIn(200, 204);
        assertThat(api.get(O + "/" + order).status()).isEqualTo(404);
        assertThat(kernel.countAsSuperuser("select count(*) from sal_orders where id = ?::uuid", order)).isEqualTo(1);
        ok(api.put("/api/v1/admin/modules/sales", ""));
        assertThat(Sales.order(api, order).get("total").decimalValue()).isEqualByComparingTo("100.00");
        // enabling again seeds nothing twice: numbering goes on
        String next = Sales.confirm(api, Sales.quotation(api, customer, Sales.line(hours, "1")));
        assertThat(Sales.order(api, next).get("number").asString()).isEqualTo("SO-000002");
    }

    @Test
    void badInputIsRefusedNamingEveryField() {
        ApiClient api = Sales.tenant(kernel, "sf-bad", false);
        String customer = Sales.party(api, "Picky");
        String hours = Sales.product(api, "BHOUR", "service", "100.00");
        assertProblem(api.post(Q, """
                {"partyId":"%s","currency":"EURO","validUntil":"2000-01-01","date":"2026-01-01","lines":[
                  {"productId":"%s","quantity":"0","discount":"150","taxRate":"-1"},{"quantity":"1"}]}
                """.formatted(customer, hours)), 422,
                "currency", "validUntil", "lines[0].quantity", "lines[0].discount", "lines[0].taxRate", "lines[1].productId");
        assertProblem(api.post(Q, "{\"lines\":[]}"), 422, "partyId", "lines");
        // no price anywhere in that currency
        assertProblem(api.post(Q, """
                {"partyId":"%s","currency":"USD","lines":[{"productId":"%s","quantity":"1"}]}""".formatted(customer, hours)),
                422, "lines[0].unitPrice");
        String order = Sales.confirm(api, Sales.quotation(api, customer, Sales.line(hours, "1")));
        assertProblem(api.post(O + "/" + order + "/deliver", "{\"lines\":[{\"quantity\":\"-1\"}]}"), 422,
                "lines[0].lineId", "lines[0].quantity");
        assertProblem(api.get(O + "?limit=0"), 422, "limit");
        assertProblem(api.put("/api/v1/sales/parties/" + customer + "/credit", "{\"creditLimit\":\"-5\",\"currency\":\"XYZ\"}"),
                422, "creditLimit", "currency");
        assertProblem(api.put("/api/v1/sales/products/" + hours + "/invoice-policy", "{\"policy\":\"sometimes\"}"), 422, "policy");
        // a quotation past its validity reads as expired and cannot be confirmed
        String old = created(api.post(Q, """
                {"partyId":"%s","date":"2020-01-01","validUntil":"2020-01-31","lines":[{"productId":"%s","quantity":"2"}]}
                """.formatted(customer, hours)));
        assertThat(ok(api.get(Q + "/" + old)).get("state").asString()).isEqualTo("EXPIRED");
        assertProblem(api.post(Q + "/" + old + "/confirm", ""), 409);
        JsonNode listed = ok(api.get(Q + "?partyId=" + customer + "&limit=1"));
        assertThat(listed.get("items").size()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(old);
        JsonNode nextPage = ok(api.get(Q + "?partyId=" + customer + "&limit=1&after=" + listed.get("next").asString()));
        assertThat(nextPage.get("items").get(0).get("total").decimalValue()).isEqualByComparingTo("100.00");
    }
}
