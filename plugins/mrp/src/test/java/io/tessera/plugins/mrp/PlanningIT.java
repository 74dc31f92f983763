package io.tessera.plugins.mrp;

import static io.tessera.plugins.mrp.Mrp.MRP;
import static io.tessera.plugins.mrp.Mrp.product;
import static io.tessera.plugins.mrp.Mrp.stockUp;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * MRP runs over HTTP with the real MRP, catalog, inventory and accounting jars on PostgreSQL as the application role:
 * a run plans a multi-level structure as background work (make and buy orders, lead times from routings, on hand at
 * the intermediate level, pegging), confirming a make order creates a manufacturing order, a re-run keeps confirmed
 * orders and replaces the rest, a second concurrent run is a 409, a queued run is cancelled, another tenant's ids 404.
 */
class PlanningIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = Mrp.kernel();

    static ApiClient acme;
    static ApiClient globex;

    @BeforeAll
    static void tenants() {
        acme = Mrp.tenant(kernel, "plan-acme");
        globex = Mrp.tenant(kernel, "plan-globex");
    }

    /** A routing whose one operation takes the given whole days of setup at 8 hours a day. */
    static String routing(ApiClient api, String code, int days) {
        String center = created(api.post(MRP + "work-centers", """
                {"code":"%s","name":"%s","costPerHour":"10"}""".formatted(code, code)));
        return created(api.post(MRP + "routings", """
                {"name":"%s","operations":[{"name":"Work","workCenterId":"%s","setupMinutes":"%d","runMinutes":"0"}]}"""
                .formatted(code, center, days * 480)));
    }

    static void bom(ApiClient api, String product, String routing, String... components) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < components.length; i += 2) {
            lines.append(i == 0 ? "" : ",").append("{\"productId\":\"").append(components[i]).append("\",\"quantity\":\"")
                    .append(components[i + 1]).append("\"}");
        }
        created(api.post(MRP + "boms", "{\"productId\":\"" + product + "\",\"quantity\":\"1\",\"routingId\":\"" + routing
                + "\",\"components\":[" + lines + "]}"));
    }

    static JsonNode runToEnd(ApiClient api, String body) {
        ApiResponse started = api.post(MRP + "runs", body);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return awaitEnd(api, started.json().get("id").asString());
    }

    static JsonNode awaitEnd(ApiClient api, String run) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            JsonNode view = ok(api.get(MRP + "runs/" + run));
            if (List.of("done", "cancelled", "failed").contains(view.get("state").asString())) {
                return view;
            }
            assertThat(Instant.now()).as("run " + run + " still " + view.get("state").asString()).isBefore(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L); // a polling interval, not a wait for the result
        }
    }

    static JsonNode plannedOf(List<JsonNode> planned, String product) {
        List<JsonNode> of = planned.stream().filter(p -> p.get("productId").asString().equals(product)).toList();
        assertThat(of).as("planned orders of " + product).hasSize(1);
        return of.getFirst();
    }

    @Test
    void aRunPlansEveryLevelAndARerunKeepsConfirmedOrders() {
        ApiClient api = Mrp.tenant(kernel, "plan-levels");
        // A = 1 B + 2 C (1 day), B = 1 C (2 days), C bought (no supplier: no lead time); B 5 and C 10 on hand;
        // forecast of A: 10 on day F.
        String a = product(api, "PL-A");
        String b = product(api, "PL-B");
        String c = product(api, "PL-C");
        bom(api, a, routing(api, "PL-R1", 1), b, "1", c, "2");
        bom(api, b, routing(api, "PL-R2", 2), c, "1");
        stockUp(api, b, "5", "1.00");
        stockUp(api, c, "10", "1.00");
        LocalDate f = LocalDate.now().plusDays(5);
        JsonNode forecast = ok(api.post(MRP + "forecasts", """
                {"productId":"%s","date":"%s","quantity":"10"}""".formatted(a, f)), 201);

        JsonNode run = runToEnd(api, "{\"horizonDays\":30,\"bucket\":\"day\"}");
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("done");
        assertThat(run.get("progress").asInt()).isEqualTo(100);
        String runId = run.get("id").asString();
        List<JsonNode> planned = ok(api.get(MRP + "planned-orders?runId=" + runId)).valueStream().toList();
        assertThat(planned).hasSize(3);
        // A: net 10 → make 10 due F, released a day earlier; explodes 10 B and 20 C at F − 1
        JsonNode pa = plannedOf(planned, a);
        assertThat(List.of(pa.get("kind").asString(), pa.get("quantity").decimalValue().toPlainString(),
                pa.get("dueDate").asString(), pa.get("releaseDate").asString()))
                .containsExactly("make", "10", f.toString(), f.minusDays(1).toString());
        assertThat(pa.get("peggedTo").get(0).get("kind").asString()).isEqualTo("forecast");
        assertThat(pa.get("peggedTo").get(0).get("sourceId").asString()).isEqualTo(forecast.get("id").asString());
        // B: 10 needed at F − 1, 5 on hand → make 5 due F − 1, released 2 days earlier; explodes 5 C at F − 3
        JsonNode pb = plannedOf(planned, b);
        assertThat(List.of(pb.get("kind").asString(), pb.get("quantity").decimalValue().toPlainString(),
                pb.get("dueDate").asString(), pb.get("releaseDate").asString()))
                .containsExactly("make", "5", f.minusDays(1).toString(), f.minusDays(3).toString());
        assertThat(pb.get("peggedTo").get(0).get("sourceId").asString()).isEqualTo(pa.get("id").asString());
        // C: 5 at F − 3 (from B) and 20 at F − 1 (from A), 10 on hand → buy 15 at F − 1, pegged to A's order
        JsonNode pc = plannedOf(planned, c);
        assertThat(List.of(pc.get("kind").asString(), pc.get("quantity").decimalValue().toPlainString(),
                pc.get("dueDate").asString())).containsExactly("buy", "15", f.minusDays(1).toString());
        assertThat(pc.get("peggedTo").valueStream().map(p -> p.get("sourceId").asString() + " "
                + p.get("quantity").decimalValue().toPlainString()).toList()).containsExactly(pa.get("id").asString() + " 15");

        // confirming A's make order creates a confirmed manufacturing order that reserves what is there
        JsonNode confirmed = ok(api.post(MRP + "planned-orders/" + pa.get("id").asString() + "/confirm", ""));
        assertThat(confirmed.get("state").asString()).isEqualTo("confirmed");
        String mo = confirmed.get("orderId").asString();
        JsonNode order = ok(api.get(MRP + "manufacturing-orders/" + mo));
        assertThat(List.of(order.get("state").asString(), order.get("quantity").decimalValue().toPlainString(),
                order.get("due").asString())).containsExactly("confirmed", "10", f.toString());
        assertProblem(api.post(MRP + "planned-orders/" + pa.get("id").asString() + "/confirm", ""), 409);

        JsonNode again = runToEnd(api, "{\"horizonDays\":30}");
        assertThat(again.get("state").asString()).isEqualTo("done");
        List<JsonNode> replanned = ok(api.get(MRP + "planned-orders?runId=" + again.get("id").asString())).valueStream().toList();
        assertThat(replanned.stream().map(p -> p.get("productId").asString()))
                .as("the order covers A now; B and C are planned again from its components").containsExactlyInAnyOrder(b, c);
        assertThat(plannedOf(replanned, b).get("peggedTo").get(0).get("kind").asString()).isEqualTo("manufacturing-order");
        assertThat(ok(api.get(MRP + "planned-orders?runId=" + runId)).valueStream().map(p -> p.get("id").asString()).toList())
                .as("the first run's unconfirmed orders are replaced, the confirmed one is kept")
                .containsExactly(pa.get("id").asString());
        // pegs have no foreign key (it doubled the run's write time): the replaced orders' pegs went with them
        assertThat(kernel.queryAsSuperuser("""
                select count(*) from mrp_planned_pegs g where not exists (select 1 from mrp_planned_orders o
                  where o.tenant_id = g.tenant_id and o.id = g.planned_order_id)""")).as("pegs without their order")
                .isEqualTo("0");
        assertThat(kernel.queryAsSuperuser("select count(*) from mrp_planned_pegs")).as("the pegs of the kept order and the re-run's")
                .isNotEqualTo("0");
    }

    @Test
    void aSecondRunWhileOneIsQueuedIsRefusedAndAQueuedRunIsCancelled() throws SQLException {
        ApiClient api = Mrp.tenant(kernel, "plan-busy");
        // hold the tenant's MRP state row, which the run task claims with skip locked, so no run starts meanwhile
        try (Connection c = kernel.adminConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement hold = c.prepareStatement("select s.tenant_id from mrp_tenant_state s join tenants t "
                    + "on t.id = s.tenant_id where t.slug = 'plan-busy' for update of s")) {
                assertThat(hold.executeQuery().next()).isTrue();
            }
            ApiResponse first = api.post(MRP + "runs", "{\"horizonDays\":7,\"bucket\":\"week\"}");
            assertThat(first.status()).isEqualTo(202);
            String run = first.json().get("id").asString();
            ApiResponse second = api.post(MRP + "runs", "{\"horizonDays\":7}");
            assertProblem(second, 409);
            assertThat(second.json().get("detail").asString()).contains(run);
            assertThat(ok(api.post(MRP + "runs/" + run + "/cancel", "")).get("state").asString()).isEqualTo("queued");
            c.rollback();
            assertThat(awaitEnd(api, run).get("state").asString()).isEqualTo("cancelled");
            assertProblem(api.post(MRP + "runs/" + run + "/cancel", ""), 409);
        }
        assertThat(runToEnd(api, "{\"horizonDays\":7}").get("state").asString()).as("the next one runs").isEqualTo("done");
        assertThat(ok(api.get(MRP + "runs")).size()).isEqualTo(2);
    }

    @Test
    void aBoughtProductIsSizedAndOffsetByItsPreferredSupplier() {
        ApiClient api = Mrp.tenant(kernel, "plan-supplier");
        String bolt = product(api, "SP-BOLT");
        String nut = product(api, "SP-NUT");
        created(api.post("/api/v1/catalog/products/" + bolt + "/suppliers", """
                {"partyId":"%s","price":1.80,"currency":"EUR","minimumQuantity":10,"orderMultiple":5,"leadTimeDays":3}"""
                .formatted(company(api, "Bolt Supply"))));
        LocalDate f = LocalDate.now().plusDays(10);
        for (String p : List.of(bolt, nut)) {
            ok(api.post(MRP + "forecasts", """
                    {"productId":"%s","date":"%s","quantity":"12"}""".formatted(p, f)), 201);
        }
        JsonNode run = runToEnd(api, "{\"horizonDays\":30}");
        assertThat(run.get("state").asString()).as(run.toString()).isEqualTo("done");
        List<JsonNode> planned = ok(api.get(MRP + "planned-orders?runId=" + run.get("id").asString())).valueStream().toList();
        JsonNode bolts = plannedOf(planned, bolt);
        assertThat(List.of(bolts.get("kind").asString(), bolts.get("quantity").decimalValue().toPlainString(),
                bolts.get("dueDate").asString(), bolts.get("releaseDate").asString()))
                .as("12 needed, at least 10, a multiple of 5, ordered 3 days ahead")
                .containsExactly("buy", "15", f.toString(), f.minusDays(3).toString());
        JsonNode nuts = plannedOf(planned, nut);
        assertThat(List.of(nuts.get("quantity").decimalValue().toPlainString(), nuts.get("releaseDate").asString()))
                .as("no supplier: lot for lot, no lead time").containsExactly("12", f.toString());
    }

    @Test
    void aRunLeftRunningByACrashedNodeIsTakenOverOnceItsHeartbeatIsStale() throws SQLException {
        ApiClient api = Mrp.tenant(kernel, "plan-crash");
        String a = product(api, "CR-A");
        String c = product(api, "CR-C");
        bom(api, a, routing(api, "CR-R", 1), c, "2");
        ok(api.post(MRP + "forecasts", """
                {"productId":"%s","date":"%s","quantity":"4"}""".formatted(a, LocalDate.now().plusDays(3))), 201);
        // what a node that crashed mid-run leaves: the run marked running (committed when it was claimed), 40 % done,
        // its last heartbeat an hour ago, and no transaction holding its row any more
        String run = java.util.UUID.randomUUID().toString();
        try (Connection conn = kernel.adminConnection();
             PreparedStatement runs = conn.prepareStatement("""
                     insert into mrp_runs (tenant_id, id, state, active_tenant, bucket, horizon_days, start_date,
                       requested_at, started_at, products, planned_orders)
                     select t.id, ?::uuid, 'RUNNING', t.id, 'day', 30, current_date, now() - interval '1 hour',
                       now() - interval '1 hour', 0, 0 from tenants t where t.slug = 'plan-crash'""");
             PreparedStatement progress = conn.prepareStatement("""
                     insert into mrp_run_progress (tenant_id, run_id, progress, cancel_requested, started_at, heartbeat_at)
                     select t.id, ?::uuid, 40, false, now() - interval '1 hour', now() - interval '1 hour'
                     from tenants t where t.slug = 'plan-crash'""")) {
            runs.setString(1, run);
            assertThat(runs.executeUpdate()).isEqualTo(1);
            progress.setString(1, run);
            assertThat(progress.executeUpdate()).isEqualTo(1);
        }
        JsonNode ended = awaitEnd(api, run);
        assertThat(ended.get("state").asString()).as(ended.toString()).isEqualTo("done");
        assertThat(ended.get("progress").asInt()).isEqualTo(100);
        assertThat(kernel.countAsSuperuser("select takeovers from mrp_run_progress where run_id = ?::uuid", run))
                .as("claimed again once").isEqualTo(1);
        assertThat(ok(api.get(MRP + "planned-orders?runId=" + run)).valueStream().map(p -> p.get("productId").asString()))
                .as("planned from the start by the node that took it over").containsExactlyInAnyOrder(a, c);
        assertThat(runToEnd(api, "{\"horizonDays\":7}").get("state").asString()).as("the tenant is free again")
                .isEqualTo("done");
    }

    @Test
    void badRequestsNameEveryFieldAndAnotherTenantsIdsAreNotFound() {
        ApiResponse bad = acme.post(MRP + "runs", "{\"horizonDays\":0,\"bucket\":\"month\"}");
        assertProblem(bad, 422);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("horizonDays", "bucket");
        String p = product(acme, "PL-X");
        ApiResponse badForecast = acme.post(MRP + "forecasts", "{\"productId\":\"" + p + "\",\"quantity\":\"-1\"}");
        assertThat(badForecast.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList())
                .containsExactlyInAnyOrder("date", "quantity");

        assertField(globex.post(MRP + "forecasts", """
                {"productId":"%s","date":"2030-01-01","quantity":"1"}""".formatted(p)), 404, "productId");
        created(acme.post(MRP + "forecasts", """
                {"productId":"%s","date":"%s","quantity":"4"}""".formatted(p, LocalDate.now().plusDays(2))));
        String run = runToEnd(acme, "{\"horizonDays\":5}").get("id").asString();
        JsonNode planned = plannedOf(ok(acme.get(MRP + "planned-orders?runId=" + run + "&productId=" + p)).valueStream()
                .toList(), p);
        assertThat(planned.get("kind").asString()).isEqualTo("buy");
        assertProblem(globex.get(MRP + "runs/" + run), 404);
        assertProblem(globex.post(MRP + "runs/" + run + "/cancel", ""), 404);
        assertThat(ok(globex.get(MRP + "planned-orders?runId=" + run)).size()).isZero();
        assertThat(ok(globex.get(MRP + "forecasts?productId=" + p)).size()).isZero();
        assertProblem(globex.post(MRP + "planned-orders/" + planned.get("id").asString() + "/confirm", ""), 404);
        JsonNode mine = ok(acme.post(MRP + "planned-orders/" + planned.get("id").asString() + "/confirm", ""));
        assertThat(mine.get("state").asString()).isEqualTo("confirmed");
        assertThat(mine.get("orderId").isNull()).as("no purchasing module: firm, no purchase order").isTrue();
    }
}
