package io.tessera.server.fuzz;

import static io.tessera.testkit.ApiAssertions.company;
import static io.tessera.testkit.ApiAssertions.created;
import static io.tessera.testkit.ApiAssertions.enable;
import static io.tessera.testkit.ApiAssertions.member;
import static io.tessera.testkit.ApiAssertions.ok;

import io.tessera.testkit.ApiClient;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One record of each kind in the fuzzed tenant, made through the API, so that every path id names an existing
 * record and every id in a body a real one: a company and a person, a member, a role, an API key, an
 * opportunity, an activity, a lead with a scoring rule and a web form, an account, a draft and a posted journal
 * entry, a draft invoice and a fiscal year, a product with a receipt and a delivery, a purchase order received in
 * part and billed. Platform operations act on a second tenant.
 */
final class Seed {

    static final String TENANT = "fuzz";
    static final String VICTIM = "fuzz-victim";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A well-formed id that names no record. */
    private static final String UNKNOWN = "00000000-0000-7000-8000-000000000000";

    /** Path variable values by the path (template) they appear in, by {@code <module>/<segment>/{<variable>}}, or by {@code <segment>/{<variable>}}. */
    private final Map<String, String> pathValues = new HashMap<>();
    /** Body values by property name. */
    private final Map<String, JsonNode> values = new HashMap<>();
    /** Explicit baseline bodies by operation ({@code POST /api/…}). */
    private final Map<String, JsonNode> bodies = new HashMap<>();

    static Seed create(ApiClient admin, String password) {
        Seed seed = new Seed();
        seed.seed(admin, password);
        return seed;
    }

    private void seed(ApiClient admin, String password) {
        enable(admin, "pipeline", "activities", "leads", "accounting", "catalog", "inventory", "purchasing", "sales");
        String companyId = company(admin, "Fuzz Company");
        String personId = created(admin.post("/api/v1/parties", "{\"kind\":\"person\",\"name\":\"Fuzz Person\",\"organizationId\":\""
                + companyId + "\"}"));
        String memberId = member(admin, "member@" + TENANT + ".test", password);
        ok(admin.post("/api/v1/admin/roles", "{\"name\":\"fuzz-role\",\"description\":\"Fuzz\",\"permissions\":[\"parties.read\"]}"), 201);
        String keyId = created(admin.post("/api/v1/admin/api-keys", "{\"name\":\"fuzz\",\"scopes\":[\"parties.read\"]}"));

        JsonNode pipeline = ok(admin.get("/api/v1/pipeline/pipelines")).get(0);
        String pipelineId = pipeline.get("id").asString();
        String stageId = pipeline.get("stages").get(0).get("id").asString();
        String opportunityId = created(admin.post("/api/v1/pipeline/opportunities", "{\"name\":\"Fuzz deal\",\"partyId\":\""
                + companyId + "\",\"amount\":100,\"currency\":\"EUR\",\"expectedCloseDate\":\"2026-06-30\"}"));
        String activityId = created(admin.post("/api/v1/activities", "{\"type\":\"call\",\"subject\":\"Fuzz call\",\"partyId\":\""
                + companyId + "\"}"));
        String leadId = created(admin.post("/api/v1/leads", "{\"name\":\"Fuzz Lead\",\"email\":\"lead@example.test\"}"));
        String ruleId = created(admin.post("/api/v1/leads/scoring-rules", "{\"kind\":\"field\",\"value\":\"email\",\"points\":5}"));
        JsonNode form = ok(admin.post("/api/v1/leads/forms", "{\"name\":\"Fuzz form\"}"), 201);

        JsonNode accounts = ok(admin.get("/api/v1/accounting/accounts?size=200")).get("items");
        String debit = null;
        String credit = null;
        for (JsonNode account : accounts) {
            boolean free = account.path("role").isNull() || account.path("role").isMissingNode();
            if (free && account.get("type").asString().equals("ASSET") && debit == null) {
                debit = account.get("code").asString();
            } else if (free && account.get("type").asString().equals("INCOME") && credit == null) {
                credit = account.get("code").asString();
            }
        }
        ok(admin.post("/api/v1/accounting/accounts", "{\"code\":\"1999\",\"name\":\"Fuzz account\",\"type\":\"ASSET\"}"), 201);
        String entry = "{\"date\":\"2026-03-16\",\"description\":\"Fuzz entry\",\"post\":%s,\"lines\":[{\"account\":\"" + debit
                + "\",\"debit\":10,\"credit\":0,\"currency\":\"EUR\"},{\"account\":\"" + credit + "\",\"debit\":0,\"credit\":10}]}";
        String draftId = created(admin.post("/api/v1/accounting/journal-entries", entry.formatted("false")));
        String postedId = created(admin.post("/api/v1/accounting/journal-entries", entry.formatted("true")));
        String invoice = "{\"kind\":\"customer\",\"partyId\":\"" + companyId + "\",\"date\":\"2026-03-16\",\"dueDate\":\"2026-04-15\","
                + "\"currency\":\"EUR\",\"creditNote\":false,\"lines\":[{\"description\":\"Fuzz\",\"quantity\":1,\"unitPrice\":10,\"taxRate\":0}]}";
        String invoiceId = created(admin.post("/api/v1/accounting/invoices", invoice));
        String yearId = created(admin.post("/api/v1/accounting/fiscal-years", "{\"name\":\"FY2031\",\"startDate\":\"2031-01-01\",\"endDate\":\"2031-12-31\"}"));

        String productId = created(admin.post("/api/v1/catalog/products", "{\"sku\":\"FUZZ-1\",\"name\":\"Fuzz product\","
                + "\"type\":\"storable\",\"uom\":\"unit\",\"salesPrice\":10,\"currency\":\"EUR\",\"costMethod\":\"fifo\","
                + "\"tracking\":\"none\"}"));
        JsonNode warehouse = ok(admin.get("/api/v1/inventory/warehouses")).get(0);
        String warehouseId = warehouse.get("id").asString();
        String receiptId = created(admin.post("/api/v1/inventory/receipts", "{\"lines\":[{\"productId\":\"" + productId
                + "\",\"quantity\":5,\"unitCost\":2}]}"));
        String deliveryId = created(admin.post("/api/v1/inventory/deliveries", "{\"lines\":[{\"productId\":\"" + productId
                + "\",\"quantity\":1}]}"));
        String purchaseOrderId = created(admin.post("/api/v1/purchasing/orders", "{\"partyId\":\"" + companyId
                + "\",\"lines\":[{\"productId\":\"" + productId + "\",\"quantity\":4,\"unitPrice\":3}]}"));
        ok(admin.post("/api/v1/purchasing/orders/" + purchaseOrderId + "/confirm", ""));
        ok(admin.post("/api/v1/purchasing/orders/" + purchaseOrderId + "/receive", "{\"lines\":[{\"line\":1,\"quantity\":2}]}"));
        String billId = ok(admin.post("/api/v1/purchasing/orders/" + purchaseOrderId + "/bill", ""), 201).get("id").asString();
        pathValues.put("purchasing/orders/{id}", purchaseOrderId);
        pathValues.put("bills/{id}", billId);
        pathValues.put("purchasing/products/{productId}", productId);
        String serviceId = created(admin.post("/api/v1/catalog/products", "{\"sku\":\"FUZZ-S\",\"name\":\"Fuzz service\","
                + "\"type\":\"service\",\"uom\":\"unit\",\"salesPrice\":10,\"currency\":\"EUR\",\"costMethod\":\"fifo\","
                + "\"tracking\":\"none\"}"));
        String quotation = "{\"partyId\":\"" + companyId + "\",\"lines\":[{\"productId\":\"" + serviceId + "\",\"quantity\":1}]}";
        String quotationId = created(admin.post("/api/v1/sales/quotations", quotation));
        String orderId = ok(admin.post("/api/v1/sales/quotations/" + created(admin.post("/api/v1/sales/quotations", quotation))
                + "/confirm", ""), 200).get("orderId").asString();
        pathValues.put("quotations/{id}", quotationId);
        pathValues.put("sales/orders/{id}", orderId);
        pathValues.put("parties/{partyId}", companyId);
        pathValues.put("sales/products/{productId}", serviceId);
        pathValues.put("products/{productId}", productId);
        body("POST /api/v1/sales/quotations", quotation);
        body("PUT /api/v1/sales/quotations/{id}", quotation);
        pathValues.put("products/{id}", productId);
        pathValues.put("receipts/{id}", receiptId);
        pathValues.put("deliveries/{id}", deliveryId);
        pathValues.put("transfers/{id}", deliveryId);
        put("productId", text(productId));
        put("warehouseId", text(warehouseId));
        put("uom", text("unit"));

        pathValues.put("parties/{id}", companyId);
        pathValues.put("users/{userId}", memberId);
        pathValues.put("roles/{name}", "fuzz-role");
        pathValues.put("api-keys/{id}", keyId);
        pathValues.put("modules/{id}", "activities");
        pathValues.put("tenants/{slug}", VICTIM);
        pathValues.put("pipelines/{pipelineId}", pipelineId);
        pathValues.put("stages/{stageId}", stageId);
        pathValues.put("opportunities/{id}", opportunityId);
        pathValues.put("activities/{id}", activityId);
        pathValues.put("leads/{id}", leadId);
        pathValues.put("scoring-rules/{id}", ruleId);
        pathValues.put("forms/{id}", form.get("id").asString());
        pathValues.put("public/{key}", form.get("key").asString());
        pathValues.put("accounts/{code}", "1999");
        pathValues.put("journal-entries/{id}", draftId);
        pathValues.put("/api/v1/accounting/journal-entries/{id}/reverse", postedId);
        pathValues.put("invoices/{id}", invoiceId);
        pathValues.put("fiscal-years/{id}", yearId);

        put("partyId", text(companyId));
        put("organizationId", text(companyId));
        put("companyId", text(companyId));
        put("personId", text(personId));
        put("ownerId", text(memberId));
        put("userIds", JSON.readTree("[\"" + memberId + "\"]"));
        put("pipelineId", text(pipelineId));
        put("stageId", text(stageId));
        put("stageIds", JSON.createArrayNode());
        put("invoiceId", text(invoiceId));
        put("creditedInvoiceId", JSON.nullNode());
        put("recordId", text(opportunityId));
        put("moduleId", text("pipeline"));
        put("account", text(debit));
        put("parent", text(debit));
        put("roles", JSON.readTree("[\"member\"]"));
        put("permissions", JSON.readTree("[\"parties.read\"]"));
        put("scopes", JSON.readTree("[\"parties.read\"]"));
        put("version", JSON.nullNode());
        put("expiresAt", JSON.nullNode());

        body("POST /api/v1/parties", "{\"kind\":\"company\",\"name\":\"Fuzz Two\",\"email\":\"two@example.test\",\"roles\":[\"customer\"],"
                + "\"addresses\":[],\"contactPoints\":[]}");
        body("PUT /api/v1/parties/{id}", "{\"kind\":\"company\",\"name\":\"Fuzz Company\",\"roles\":[\"customer\"],"
                + "\"addresses\":[],\"contactPoints\":[]}");
        body("POST /api/v1/admin/users", "{\"email\":\"new@" + TENANT + ".test\",\"name\":\"New\",\"password\":\"" + password
                + "\",\"roles\":[\"member\"]}");
        body("POST /api/v1/admin/roles", "{\"name\":\"fuzz-role-two\",\"description\":\"Fuzz\"}");
        body("POST /api/v1/platform/tenants", "{\"slug\":\"fuzz-new\",\"name\":\"Fuzz new\",\"admin\":{\"email\":\"admin@fuzz-new.test\","
                + "\"password\":\"" + password + "\",\"name\":\"Admin\"}}");
        body("POST /api/v1/me/password", "{\"currentPassword\":\"not-the-password\",\"newPassword\":\"" + password + "-2\"}");
        body("POST /api/v1/pipeline/opportunities", "{\"name\":\"Fuzz deal 2\",\"amount\":100,\"currency\":\"EUR\","
                + "\"expectedCloseDate\":\"2026-06-30\",\"nextStep\":\"Call\",\"pipelineId\":null,\"stageId\":null}");
        body("PUT /api/v1/pipeline/opportunities/{id}", "{\"name\":\"Fuzz deal\",\"amount\":100,\"currency\":\"EUR\","
                + "\"expectedCloseDate\":\"2026-06-30\",\"nextStep\":\"Call\",\"pipelineId\":null,\"stageId\":null}");
        body("POST /api/v1/pipeline/pipelines", "{\"name\":\"Fuzz pipeline\",\"stages\":[{\"name\":\"One\",\"probability\":10}]}");
        body("POST /api/v1/pipeline/pipelines/{pipelineId}/stages", "{\"name\":\"Extra\",\"probability\":50}");
        body("PUT /api/v1/pipeline/pipelines/{pipelineId}/stages/{stageId}", "{\"name\":\"Renamed\",\"probability\":20}");
        body("POST /api/v1/activities", "{\"type\":\"call\",\"subject\":\"Fuzz call\",\"body\":\"Text\",\"moduleId\":null,\"recordId\":null,"
                + "\"dueAt\":\"2026-03-16T09:00:00Z\",\"remindAt\":\"2026-03-16T08:00:00Z\"}");
        body("PUT /api/v1/activities/{id}", "{\"type\":\"call\",\"subject\":\"Fuzz call\",\"body\":\"Text\",\"moduleId\":null,\"recordId\":null,"
                + "\"dueAt\":\"2026-03-16T09:00:00Z\",\"remindAt\":\"2026-03-16T08:00:00Z\"}");
        body("POST /api/v1/leads/scoring-rules", "{\"kind\":\"source\",\"value\":\"web\",\"points\":5,\"cap\":null}");
        body("POST /api/v1/leads/{id}/convert", "{\"companyId\":null,\"personId\":null,\"createOpportunity\":true,\"amount\":10,"
                + "\"currency\":\"EUR\",\"expectedCloseDate\":\"2026-06-30\"}");
        body("POST /api/v1/leads/public/{key}/submissions", "{\"name\":\"Visitor\",\"email\":\"visitor@example.test\",\"website\":\"\"}");
        body("POST /api/v1/accounting/accounts", "{\"code\":\"1998\",\"name\":\"Fuzz two\",\"type\":\"ASSET\",\"parent\":null}");
        body("PUT /api/v1/accounting/accounts/{code}", "{\"name\":\"Fuzz account\",\"parent\":null,\"active\":true}");
        body("POST /api/v1/accounting/journal-entries", entry.formatted("false"));
        body("PUT /api/v1/accounting/journal-entries/{id}", entry.formatted("false"));
        body("PATCH /api/v1/accounting/journal-entries/{id}", "{\"date\":\"2026-03-17\",\"description\":\"Fuzz entry\"}");
        body("POST /api/v1/accounting/journal-entries/{id}/reverse", "{\"date\":\"2026-03-18\",\"description\":\"Reversal\"}");
        body("POST /api/v1/accounting/invoices", invoice);
        body("PUT /api/v1/accounting/invoices/{id}", invoice);
        body("POST /api/v1/accounting/payments", "{\"partyId\":\"" + companyId + "\",\"date\":\"2026-03-16\",\"amount\":5,\"currency\":\"EUR\","
                + "\"direction\":\"received\",\"allocations\":[]}");
        body("POST /api/v1/accounting/fiscal-years", "{\"name\":\"FY2032\",\"startDate\":\"2032-01-01\",\"endDate\":\"2032-12-31\"}");
        body("PUT /api/v1/accounting/exchange-rates", "{\"currency\":\"USD\",\"date\":\"2026-03-16\",\"rate\":0.9}");
        body("PUT /api/v1/accounting/lock-date", "{\"date\":\"2020-01-31\"}");
        body("PUT /api/v1/accounting/settings", "{\"baseCurrency\":\"EUR\",\"chartTemplate\":\"standard\"}");
    }

    private void put(String name, JsonNode value) {
        values.put(name, value);
    }

    private void body(String operation, String json) {
        bodies.put(operation, JSON.readTree(json));
    }

    private static JsonNode text(String value) {
        return JSON.getNodeFactory().stringNode(value);
    }

    Map<String, JsonNode> values() {
        return values;
    }

    Map<String, JsonNode> bodies() {
        return bodies;
    }

    /** The seeded id for a uuid property this seed has no value for: one that names no record. */
    String uuid(String name) {
        JsonNode known = values.get(name);
        return known != null && known.isString() ? known.asString() : UNKNOWN;
    }

    /** The operation's path with its variables filled from the seed. */
    String path(ApiOperation operation) {
        return pathWith(operation, null);
    }

    /** The operation's path with every variable set to {@code value}, or from the seed when it is null. */
    String pathWith(ApiOperation operation, String value) {
        String[] segments = operation.path().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                String filled = value != null ? value : pathValues.getOrDefault(operation.path(),
                        pathValues.getOrDefault(i > 1 ? segments[i - 2] + "/" + segments[i - 1] + "/" + segment : "",
                                pathValues.getOrDefault(segments[i - 1] + "/" + segment, UNKNOWN)));
                path.append('/').append(filled);
            } else {
                path.append('/').append(segment);
            }
        }
        return path.toString();
    }
}
