package io.tessera.plugins.mrp;

import static io.tessera.plugins.mrp.Mrp.MRP;
import static io.tessera.plugins.mrp.Mrp.bom;
import static io.tessera.plugins.mrp.Mrp.product;
import static io.tessera.plugins.mrp.Mrp.storedCode;
import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Bills of materials, work centers and routings from the real MRP jar next to the real catalog and inventory jars,
 * over HTTP on PostgreSQL as the application role: every bad field in one 422, cycles refused naming the component,
 * low-level codes maintained on save for multi-level and shared components, one active BOM per product, another
 * tenant's ids 404, detach and re-enable keep everything, purge erases the tenant's rows only.
 */
class BomsIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = Mrp.kernel();

    static ApiClient acme;
    static ApiClient globex;

    @BeforeAll
    static void tenants() {
        acme = Mrp.tenant(kernel, "bom-acme");
        globex = Mrp.tenant(kernel, "bom-globex");
    }

    static List<String> fields(ApiResponse response) {
        return response.json().get("errors").valueStream().map(e -> e.get("field").asString()).toList();
    }

    @Test
    void aBomIsCreatedInBaseUnitsAndEveryBadFieldIsNamed() {
        String bike = product(acme, "B-BIKE");
        String wheel = product(acme, "B-WHEEL");
        String frame = product(acme, "B-FRAME");
        ApiResponse response = acme.post(MRP + "boms", """
                {"productId":"%s","quantity":"1","components":[{"productId":"%s","quantity":"2","scrap":"5"},
                 {"productId":"%s","quantity":"1"}]}""".formatted(bike, wheel, frame));
        JsonNode bom = ok(response, 201);
        assertThat(bom.get("active").asBoolean()).as("the product's first BOM is active").isTrue();
        assertThat(bom.get("components").size()).isEqualTo(2);
        assertThat(bom.get("components").get(0).get("scrap").decimalValue()).isEqualByComparingTo("5");
        assertThat(bom.get("uom").asString()).isEqualTo("unit");
        assertThat(ok(acme.get(MRP + "boms/" + bom.get("id").asString())).get("productId").asString()).isEqualTo(bike);

        String service = created(acme.post("/api/v1/catalog/products", """
                {"sku":"B-SERVICE","name":"Service","type":"service","uom":"unit"}"""));
        ApiResponse bad = acme.post(MRP + "boms", """
                {"productId":"%s","quantity":"0","components":[{"productId":"%s","quantity":"-1","scrap":"100"},
                 {"productId":"%s","quantity":"1","uom":"kg"},{"productId":"%s","quantity":"1"},
                 {"productId":"%s","quantity":"1"}],
                 "byProducts":[{"productId":"%s","quantity":"1","scrap":"3"}]}"""
                .formatted(bike, wheel, frame, service, frame, wheel));
        assertProblem(bad, 422);
        assertThat(fields(bad)).containsExactlyInAnyOrder("quantity", "components[0].quantity", "components[0].scrap",
                "components[1].uom", "components[2].productId", "components[3].productId", "byProducts[0].scrap");
        assertThat(fields(acme.post(MRP + "boms", "{}"))).containsExactlyInAnyOrder("productId", "quantity", "components");
        assertThat(kernel.countAsSuperuser("select count(*) from mrp_boms where product_id = ?::uuid", bike))
                .as("nothing written by the refused ones").isEqualTo(1);
    }

    @Test
    void aCycleIsRefusedNamingTheComponentThatWouldCloseIt() {
        String a = product(acme, "CY-A");
        String b = product(acme, "CY-B");
        String c = product(acme, "CY-C");
        String d = product(acme, "CY-D");
        created(bom(acme, a, "1", b, "1"));
        created(bom(acme, b, "1", c, "1"));

        ApiResponse cycle = bom(acme, c, "1", d, "1", a, "2");
        assertField(cycle, 422, "components[1].productId");
        assertThat(fields(cycle)).containsExactly("components[1].productId");
        assertThat(cycle.json().get("detail").asString()).contains("CY-A → CY-B → CY-C");
        assertField(bom(acme, d, "1", d, "1"), 422, "components[0].productId");
        assertThat(kernel.countAsSuperuser("select count(*) from mrp_boms where product_id = any(array[?::uuid, ?::uuid])", c, d))
                .as("neither saved").isZero();
        created(bom(acme, c, "1", d, "1"));
    }

    @Test
    void lowLevelCodesAreMaintainedOnSaveForMultiLevelAndSharedComponents() {
        String table = product(acme, "LL-TABLE");
        String top = product(acme, "LL-TOP");
        String leg = product(acme, "LL-LEG");
        String screw = product(acme, "LL-SCREW");
        String wood = product(acme, "LL-WOOD");
        // table = top + 4 legs + 8 screws; top = wood + 4 screws; leg = wood: screws at levels 1 and 2, wood at 2
        created(bom(acme, table, "1", top, "1", leg, "4", screw, "8"));
        assertThat(List.of(storedCode(kernel, table), storedCode(kernel, top), storedCode(kernel, leg), storedCode(kernel, screw)))
                .containsExactly(0L, 1L, 1L, 1L);
        created(bom(acme, top, "1", wood, "2", screw, "4"));
        created(bom(acme, leg, "1", wood, "1"));
        assertThat(List.of(storedCode(kernel, table), storedCode(kernel, top), storedCode(kernel, leg),
                storedCode(kernel, screw), storedCode(kernel, wood)))
                .as("a shared component takes its lowest level").containsExactly(0L, 1L, 1L, 2L, 2L);

        // a new end item above the table pushes the whole structure one level down
        String set = product(acme, "LL-SET");
        String chair = product(acme, "LL-CHAIR");
        JsonNode setBom = ok(bom(acme, set, "1", table, "1", chair, "4", screw, "2"), 201);
        assertThat(List.of(storedCode(kernel, set), storedCode(kernel, table), storedCode(kernel, top),
                storedCode(kernel, screw), storedCode(kernel, wood), storedCode(kernel, chair)))
                .containsExactly(0L, 1L, 2L, 3L, 3L, 1L);
        assertThat(setBom.get("lowLevelCode").asInt()).isZero();
        assertThat(setBom.get("components").valueStream().map(l -> l.get("lowLevelCode").asInt()).toList())
                .containsExactly(1, 1, 3);
        assertThat(kernel.countAsSuperuser("select count(*) from mrp_product_levels p join mrp_bom_lines l "
                + "on l.tenant_id = p.tenant_id and l.product_id = p.product_id join mrp_boms b on b.tenant_id = l.tenant_id "
                + "and b.id = l.bom_id join mrp_product_levels pp on pp.tenant_id = b.tenant_id and pp.product_id = b.product_id "
                + "where p.low_level_code <= pp.low_level_code")).as("every component below all its parents").isZero();
    }

    @Test
    void aProductHasSeveralBomsWithOneActive() {
        String lamp = product(acme, "AC-LAMP");
        String bulb = product(acme, "AC-BULB");
        String led = product(acme, "AC-LED");
        String first = created(bom(acme, lamp, "1", bulb, "1"));
        JsonNode second = ok(bom(acme, lamp, "1", led, "2"), 201);
        assertThat(second.get("active").asBoolean()).as("not active unless asked").isFalse();
        JsonNode third = ok(acme.post(MRP + "boms", """
                {"productId":"%s","quantity":"10","active":true,"components":[{"productId":"%s","quantity":"10"}]}"""
                .formatted(lamp, led)), 201);
        assertThat(third.get("active").asBoolean()).isTrue();
        assertThat(ok(acme.get(MRP + "boms/" + first)).get("active").asBoolean()).as("replaced").isFalse();
        assertThat(ok(acme.post(MRP + "boms/" + second.get("id").asString() + "/activate", "")).get("active").asBoolean()).isTrue();
        assertThat(ok(acme.get(MRP + "boms?productId=" + lamp)).valueStream().filter(b -> b.get("active").asBoolean())
                .map(b -> b.get("id").asString()).toList()).containsExactly(second.get("id").asString());
    }

    @Test
    void workCentersAndRoutingsAreCreatedAndValidated() {
        JsonNode center = ok(acme.post(MRP + "work-centers", """
                {"code":"WC-ASSY","name":"Assembly","costPerHour":"60"}"""), 201);
        assertThat(center.get("hoursPerDay").decimalValue()).isEqualByComparingTo("8");
        assertProblem(acme.post(MRP + "work-centers", "{\"code\":\"WC-ASSY\",\"name\":\"Again\",\"costPerHour\":\"1\"}"), 409);
        assertThat(fields(acme.post(MRP + "work-centers", "{\"costPerHour\":\"-1\",\"hoursPerDay\":\"25\"}")))
                .containsExactlyInAnyOrder("code", "name", "costPerHour", "hoursPerDay");
        String centerId = center.get("id").asString();
        JsonNode routing = ok(acme.post(MRP + "routings", """
                {"name":"Assemble","operations":[{"name":"Set up","workCenterId":"%s","setupMinutes":"30","runMinutes":"6"}]}"""
                .formatted(centerId)), 201);
        assertThat(routing.get("operations").get(0).get("costPerHour").decimalValue()).isEqualByComparingTo("60");
        assertThat(fields(acme.post(MRP + "routings", "{\"operations\":[{\"setupMinutes\":\"-1\"}]}")))
                .containsExactlyInAnyOrder("name", "operations[0].name", "operations[0].workCenterId",
                        "operations[0].setupMinutes", "operations[0].runMinutes");
        String p = product(acme, "RT-P");
        JsonNode bom = ok(acme.post(MRP + "boms", """
                {"productId":"%s","quantity":"1","routingId":"%s","components":[{"productId":"%s","quantity":"1"}]}"""
                .formatted(p, routing.get("id").asString(), product(acme, "RT-C"))), 201);
        assertThat(bom.get("routingId").asString()).isEqualTo(routing.get("id").asString());
        assertThat(ok(acme.get(MRP + "work-centers")).valueStream().map(c -> c.get("code").asString())).contains("WC-ASSY");
    }

    @Test
    void anotherTenantsBomsProductsRoutingsAndWorkCentersAreNotFound() {
        String mine = product(acme, "X-MINE");
        String part = product(acme, "X-PART");
        String theirs = product(globex, "X-THEIRS");
        String id = created(bom(acme, mine, "1", part, "1"));
        String center = created(acme.post(MRP + "work-centers", "{\"code\":\"X-WC\",\"name\":\"X\",\"costPerHour\":\"1\"}"));
        String routing = created(acme.post(MRP + "routings", """
                {"name":"X","operations":[{"name":"X","workCenterId":"%s","runMinutes":"1"}]}""".formatted(center)));

        assertProblem(globex.get(MRP + "boms/" + id), 404);
        assertProblem(globex.post(MRP + "boms/" + id + "/activate", ""), 404);
        assertThat(ok(globex.get(MRP + "boms?productId=" + mine)).size()).isZero();
        assertProblem(globex.get(MRP + "work-centers/" + center), 404);
        assertProblem(globex.get(MRP + "routings/" + routing), 404);
        assertField(globex.post(MRP + "routings", """
                {"name":"X","operations":[{"name":"X","workCenterId":"%s","runMinutes":"1"}]}""".formatted(center)),
                404, "operations[0].workCenterId");
        assertField(bom(globex, mine, "1", theirs, "1"), 404, "productId");
        assertField(bom(globex, theirs, "1", part, "1"), 404, "components[0].productId");
        assertField(globex.post(MRP + "boms", """
                {"productId":"%s","quantity":"1","routingId":"%s","components":[{"productId":"%s","quantity":"1"}]}"""
                .formatted(theirs, routing, product(globex, "X-THEIR-PART"))), 404, "routingId");
    }

    @Test
    void detachKeepsBomsAndEnablingAgainRestoresThem() {
        ApiClient api = Mrp.tenant(kernel, "bom-detach");
        String id = created(bom(api, product(api, "D-P"), "1", product(api, "D-C"), "1"));
        assertThat(api.delete("/api/v1/admin/modules/mrp").status()).isIn(200, 204);
        assertProblem(api.get(MRP + "boms/" + id), 404);
        ok(api.put("/api/v1/admin/modules/mrp", ""));
        assertThat(ok(api.get(MRP + "boms/" + id)).get("components").size()).isEqualTo(1);

        String kept = created(bom(globex, product(globex, "D-KEEP"), "1", product(globex, "D-KEEP-C"), "1"));
        String token = ok(api.get("/api/v1/admin/modules/mrp/impact?action=purge")).get("confirmationToken").asString();
        ApiResponse purged = api.post("/api/v1/admin/modules/mrp/purge", "{\"confirmationToken\":\"" + token + "\"}");
        assertThat(purged.status()).as(purged.body()).isEqualTo(200);
        for (String table : List.of("mrp_boms", "mrp_bom_lines", "mrp_product_levels", "mrp_tenant_state")) {
            assertThat(kernel.countAsSuperuser("select count(*) from " + table + " x join tenants t on t.id = x.tenant_id "
                    + "where t.slug = 'bom-detach'")).as(table).isZero();
        }
        assertThat(ok(globex.get(MRP + "boms/" + kept)).get("id").asString()).as("other tenants keep theirs").isEqualTo(kept);
    }
}
