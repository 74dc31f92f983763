package io.tessera.plugins.sales;

import static io.tessera.plugins.sales.Sales.O;
import static io.tessera.plugins.sales.Sales.Q;
import static io.tessera.plugins.sales.Sales.assertProblem;
import static io.tessera.plugins.sales.Sales.created;
import static io.tessera.plugins.sales.Sales.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The CRM link with the real pipeline jar: a quotation made from an opportunity carries its customer, currency and
 * amount; confirming it wins the opportunity; a deal won without a quotation gets one draft quotation when the tenant
 * asks for it, however often {@code OpportunityWon} is delivered.
 */
class SalesCrmIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../pipeline/target/pipeline.jar"))
            .build();

    private static final String OPP = "/api/v1/pipeline/opportunities";

    @Test
    void aQuotationFromAnOpportunityCarriesItsCustomerAndConfirmingItWinsTheDeal() {
        ApiClient api = tenant("crm-quote");
        String customer = Sales.party(api, "Pipeline Prospect");
        String hours = Sales.product(api, "OHOUR", "service", "150.00");
        String opportunity = opportunity(api, customer, "2400");
        String quotation = created(api.post(Q, """
                {"opportunityId":"%s","lines":[{"productId":"%s","quantity":"16"}]}""".formatted(opportunity, hours)));
        JsonNode q = ok(api.get(Q + "/" + quotation));
        assertThat(q.get("partyId").asString()).isEqualTo(customer);
        assertThat(q.get("currency").asString()).isEqualTo("EUR");
        assertThat(q.get("opportunityAmount").decimalValue()).isEqualByComparingTo("2400");
        assertThat(q.get("total").decimalValue()).isEqualByComparingTo("2400.00");
        assertThat(ok(api.get(Q + "?opportunityId=" + opportunity)).get("items").size()).isEqualTo(1);

        String order = Sales.confirm(api, quotation);
        assertThat(ok(api.get(OPP + "/" + opportunity)).get("status").asString()).isEqualTo("won");
        JsonNode orders = ok(api.get(O + "?opportunityId=" + opportunity));
        assertThat(orders.get("items").size()).isEqualTo(1);
        assertThat(orders.get("items").get(0).get("id").asString()).isEqualTo(order);
        assertThat(Sales.order(api, order).get("opportunityId").asString()).isEqualTo(opportunity);

        // a customer other than the opportunity's, or another tenant's opportunity, is refused
        String other = Sales.party(api, "Someone else");
        String second = opportunity(api, customer, "100");
        assertProblem(api.post(Q, """
                {"opportunityId":"%s","partyId":"%s","lines":[{"productId":"%s","quantity":"1"}]}""".formatted(second, other, hours)),
                422, "partyId");
        ApiClient stranger = tenant("crm-stranger");
        String theirHours = Sales.product(stranger, "SHOUR", "service", "1.00");
        assertProblem(stranger.post(Q, """
                {"opportunityId":"%s","lines":[{"productId":"%s","quantity":"1"}]}""".formatted(second, theirHours)),
                404, "opportunityId");
    }

    @Test
    void aDealWonWithoutAQuotationGetsOneDraftQuotationHoweverOftenTheEventIsDelivered() throws Exception {
        ApiClient api = tenant("crm-won");
        assertThat(ok(api.get("/api/v1/sales/settings")).get("wonWithoutQuotation").asString()).isEqualTo("nothing");
        String customer = Sales.party(api, "Closed Deal Ltd");

        // setting "nothing": a won deal gets no quotation
        String ignored = opportunity(api, customer, "300");
        ok(api.post(OPP + "/" + ignored + "/won", ""));
        awaitOutboxEmpty("crm-won");
        assertThat(ok(api.get(Q + "?opportunityId=" + ignored)).get("items").size()).isZero();

        assertProblem(api.put("/api/v1/sales/settings", "{\"wonWithoutQuotation\":\"always\"}"), 422, "wonWithoutQuotation");
        ok(api.put("/api/v1/sales/settings", "{\"wonWithoutQuotation\":\"create_draft_quotation\"}"));
        String deal = opportunity(api, customer, "500");
        ok(api.post(OPP + "/" + deal + "/won", ""));
        awaitOutboxEmpty("crm-won");
        JsonNode drafts = ok(api.get(Q + "?opportunityId=" + deal)).get("items");
        assertThat(drafts.size()).isEqualTo(1);
        String draft = drafts.get(0).get("id").asString();
        JsonNode read = ok(api.get(Q + "/" + draft));
        assertThat(read.get("state").asString()).isEqualTo("DRAFT");
        assertThat(read.get("partyId").asString()).isEqualTo(customer);
        assertThat(read.get("opportunityAmount").decimalValue()).isEqualByComparingTo("500");
        assertThat(read.get("lines").size()).isZero();

        // the same event delivered twice more: still one quotation
        redeliver("crm-won", deal, customer);
        awaitOutboxEmpty("crm-won");
        assertThat(ok(api.get(Q + "?opportunityId=" + deal)).get("items").size()).isEqualTo(1);
        assertThat(kernel.countAsSuperuser("select count(*) from sal_won_deals where opportunity_id = ?::uuid", deal)).isEqualTo(1);

        // the user adds the lines, then confirms (the deal stays won)
        assertProblem(api.post(Q + "/" + draft + "/confirm", ""), 409);
        String hours = Sales.product(api, "WHOUR", "service", "250.00");
        JsonNode changed = ok(api.put(Q + "/" + draft, """
                {"opportunityId":"%s","lines":[{"productId":"%s","quantity":"2"}]}""".formatted(deal, hours)));
        assertThat(changed.get("total").decimalValue()).isEqualByComparingTo("500.00");
        String order = Sales.confirm(api, draft);
        assertThat(Sales.order(api, order).get("opportunityId").asString()).isEqualTo(deal);
        assertProblem(api.put(Q + "/" + draft, """
                {"opportunityId":"%s","lines":[{"productId":"%s","quantity":"3"}]}""".formatted(deal, hours)), 409);

        // a deal won by confirming its quotation gets no second one
        String quoted = opportunity(api, customer, "250");
        Sales.confirm(api, created(api.post(Q, """
                {"opportunityId":"%s","lines":[{"productId":"%s","quantity":"1"}]}""".formatted(quoted, hours))));
        awaitOutboxEmpty("crm-won");
        assertThat(ok(api.get(Q + "?opportunityId=" + quoted)).get("items").size()).isEqualTo(1);
    }

    private static ApiClient tenant(String slug) {
        ApiClient api = Sales.tenant(kernel, slug, false);
        ok(api.put("/api/v1/admin/modules/pipeline", ""));
        return api;
    }

    private static String opportunity(ApiClient api, String party, String amount) {
        return created(api.post(OPP, """
                {"name":"Deal %s","partyId":"%s","amount":"%s","currency":"EUR","expectedCloseDate":"2026-12-31"}"""
                .formatted(amount, party, amount)));
    }

    /** Writes two more outbox rows of an OpportunityWon for sales' listener, as a redelivery after a crash would. */
    private static void redeliver(String slug, String opportunity, String party) throws Exception {
        String listener = "sales:WonDealQuotation"; // the listener's stable id: <module id>:<listener name>
        UUID tenant = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = ?", slug));
        String payload = """
                {"opportunityId":"%s","partyId":"%s","ownerId":null,"amount":500,"currency":"EUR","wonAt":"%s"}"""
                .formatted(opportunity, party, Instant.now());
        try (var c = kernel.adminConnection();
             PreparedStatement s = c.prepareStatement("insert into outbox_events (tenant_id, id, event_type, listener, payload, "
                     + "created_at, available_at, attempts, version) values (?, ?, ?, ?, ?, now(), now(), 0, 0)")) {
            for (int i = 0; i < 2; i++) {
                s.setObject(1, tenant);
                s.setObject(2, UUID.randomUUID());
                s.setString(3, "io.tessera.plugins.pipeline.api.OpportunityWon");
                s.setString(4, listener);
                s.setString(5, payload);
                s.executeUpdate();
            }
        }
    }

    /** Waits (at most 30 s) until the tenant's outbox is delivered, then checks nothing failed. */
    private static void awaitOutboxEmpty(String slug) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        String count = "select count(*) from outbox_events o join tenants t on t.id = o.tenant_id where t.slug = ?";
        while (kernel.countAsSuperuser(count, slug) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(kernel.queryAsSuperuser("select string_agg(coalesce(last_error, 'pending'), '; ') from outbox_events o "
                + "join tenants t on t.id = o.tenant_id where t.slug = ?", slug)).isNull();
    }
}
