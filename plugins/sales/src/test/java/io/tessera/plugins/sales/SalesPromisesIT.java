package io.tessera.plugins.sales;

import static io.tessera.plugins.sales.Sales.O;
import static io.tessera.plugins.sales.Sales.Q;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Promised delivery dates and contacts over HTTP, on PostgreSQL as the application role with the real catalog,
 * accounting and inventory jars: the date set on the quotation is kept on the order and printed; an open order past it
 * with something left to deliver is late (on the order, in the list and in the customer's summary) until delivered;
 * a promise before the quotation date and a contact who does not work for the customer are refused naming the field.
 */
class SalesPromisesIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = Sales.kernel();

    static ApiClient api;
    static String customer;
    static String widget;

    @BeforeAll
    static void tenant() {
        api = Sales.tenant(kernel, "sp-acme", true);
        customer = Sales.party(api, "Promise Customer");
        widget = Sales.product(api, "SP-W", "storable", "10.00");
        Sales.stockUp(api, widget, "20");
    }

    static String quotation(LocalDate date, LocalDate promised, String quantity) {
        return created(api.post(Q, """
                {"partyId":"%s","date":"%s","validUntil":"%s","promisedDate":"%s","lines":[%s]}"""
                .formatted(customer, date, LocalDate.now().plusDays(5), promised, Sales.line(widget, quantity))));
    }

    @Test
    void thePromisedDateIsKeptOnTheOrderAndPrinted() throws Exception {
        LocalDate promised = LocalDate.now().plusDays(9);
        String quotation = quotation(LocalDate.now(), promised, "1");
        assertThat(ok(api.get(Q + "/" + quotation)).get("promisedDate").asString()).isEqualTo(promised.toString());
        String order = Sales.confirm(api, quotation);
        JsonNode view = ok(api.get(O + "/" + order));
        assertThat(List.of(view.get("promisedDate").asString(), view.get("late").asBoolean()))
                .containsExactly(promised.toString(), false);
        assertThat(Sales.pdfText(kernel, "sp-acme", Q + "/" + quotation + "/pdf", "en")).contains("Promised delivery");
        assertThat(Sales.pdfText(kernel, "sp-acme", O + "/" + order + "/pdf", "de")).contains("Zugesagte Lieferung");
    }

    @Test
    void anOrderPastItsPromisedDateIsLateUntilDelivered() {
        LocalDate promised = LocalDate.now().minusDays(2);
        String order = Sales.confirm(api, quotation(LocalDate.now().minusDays(7), promised, "3"));
        JsonNode view = ok(api.get(O + "/" + order));
        assertThat(view.get("late").asBoolean()).isTrue();
        assertThat(ok(api.get(O + "?partyId=" + customer)).get("items").valueStream()
                .filter(o -> o.get("id").asString().equals(order)).findFirst().orElseThrow().get("late").asBoolean()).isTrue();
        JsonNode late = ok(api.get("/api/v1/sales/parties/" + customer + "/summary")).get("late");
        assertThat(late.valueStream().map(l -> l.get("number").asString() + " " + l.get("promisedDate").asString() + " "
                + l.get("toDeliver").decimalValue().stripTrailingZeros().toPlainString()).toList())
                .containsExactly(view.get("number").asString() + " " + promised + " 30");

        String line = view.get("lines").get(0).get("id").asString();
        ok(api.post(O + "/" + order + "/deliver", """
                {"lines":[{"lineId":"%s","quantity":"2"}]}""".formatted(line)));
        assertThat(ok(api.get(O + "/" + order)).get("late").asBoolean()).as("1 is still to deliver").isTrue();
        ok(api.post(O + "/" + order + "/deliver", ""));
        assertThat(ok(api.get(O + "/" + order)).get("late").asBoolean()).as("delivered in full").isFalse();
        assertThat(ok(api.get("/api/v1/sales/parties/" + customer + "/summary")).get("late").valueStream()
                .map(l -> l.get("orderId").asString())).doesNotContain(order);
    }

    @Test
    void aPromiseBeforeTheQuotationDateAndAContactOfAnotherCompanyAreRefused() {
        String elsewhere = Sales.party(api, "Elsewhere Ltd");
        String bob = created(api.post("/api/v1/parties", """
                {"kind":"person","name":"Bob Elsewhere","organizationId":"%s"}""".formatted(elsewhere)));
        String alice = created(api.post("/api/v1/parties", """
                {"kind":"person","name":"Alice Buyer","organizationId":"%s"}""".formatted(customer)));
        LocalDate today = LocalDate.now();
        ApiResponse refused = api.post(Q, """
                {"partyId":"%s","contactId":"%s","date":"%s","promisedDate":"%s","lines":[%s]}"""
                .formatted(customer, bob, today, today.minusDays(1), Sales.line(widget, "1")));
        assertProblem(refused, 422);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("contactId", "promisedDate");
        String accepted = created(api.post(Q, """
                {"partyId":"%s","contactId":"%s","promisedDate":"%s","lines":[%s]}"""
                .formatted(customer, alice, today, Sales.line(widget, "1"))));
        assertThat(ok(api.get(Q + "/" + accepted)).get("contactId").asString()).isEqualTo(alice);
    }
}
