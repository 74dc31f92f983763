package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/parties} over HTTP, as tenants' users, with tenant selection by membership and X-Tenant. */
class PartyApiIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    static final String PASSWORD = "correct-horse-battery";
    static ApiClient alice;
    static ApiClient bob;
    static ApiClient carol;

    @BeforeAll
    static void tenantsAndUsers() {
        TenantRef acme = kernel.createTenant("acme");
        TenantRef globex = kernel.createTenant("globex");
        kernel.createUser("alice@acme.test", PASSWORD, acme);
        kernel.createUser("bob@globex.test", PASSWORD, globex);
        kernel.createUser("carol@both.test", PASSWORD, acme, globex);
        alice = kernel.api("alice@acme.test", PASSWORD);
        bob = kernel.api("bob@globex.test", PASSWORD);
        carol = kernel.api("carol@both.test", PASSWORD);
    }

    @Test
    void createsAndReadsACompanyWithRolesAddressesAndContactPoints() {
        ApiResponse created = alice.post("/api/v1/parties", """
                {"kind":"company","name":"Acme Rockets","email":"sales@rockets.test","taxId":"DE123",
                 "roles":["supplier","customer"],
                 "addresses":[{"kind":"billing","line1":"1 Main St","city":"Berlin","postalCode":"10115","country":"DE"}],
                 "contactPoints":[{"kind":"phone","value":"+49 30 1234","preferred":true}]}""");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/parties/" + id);
        JsonNode read = alice.get("/api/v1/parties/" + id).json();
        assertThat(read.get("kind").asString()).isEqualTo("company");
        assertThat(read.get("name").asString()).isEqualTo("Acme Rockets");
        assertThat(read.get("roles").toString()).isEqualTo("[\"customer\",\"supplier\"]");
        assertThat(read.get("addresses").get(0).get("city").asString()).isEqualTo("Berlin");
        assertThat(read.get("contactPoints").get(0).get("preferred").asBoolean()).isTrue();
    }

    @Test
    void aPersonTakesTheNameFromGivenAndFamilyNameAndWorksForACompanyOfTheSameTenant() {
        String company = alice.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Initech\"}").json().get("id").asString();
        ApiResponse person = alice.post("/api/v1/parties",
                "{\"kind\":\"person\",\"givenName\":\"Peter\",\"familyName\":\"Gibbons\",\"organizationId\":\"" + company + "\"}");
        assertThat(person.status()).as(person.body()).isEqualTo(201);
        assertThat(person.json().get("name").asString()).isEqualTo("Peter Gibbons");

        String foreignCompany = bob.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Globex\"}").json().get("id").asString();
        ApiResponse crossTenant = alice.post("/api/v1/parties",
                "{\"kind\":\"person\",\"name\":\"Spy\",\"organizationId\":\"" + foreignCompany + "\"}");
        assertProblem(crossTenant, 422);
        assertThat(crossTenant.json().get("errors").get(0).get("field").asString()).isEqualTo("organizationId");
    }

    @Test
    void invalidInputGetsAProblemNamingTheField() {
        ApiResponse noKind = alice.post("/api/v1/parties", "{\"name\":\"Nobody\"}");
        assertProblem(noKind, 422);
        assertThat(noKind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");

        ApiResponse noName = alice.post("/api/v1/parties", "{\"kind\":\"company\"}");
        assertProblem(noName, 422);
        assertThat(noName.json().get("errors").get(0).get("field").asString()).isEqualTo("name");

        ApiResponse badEmail = alice.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"X\",\"email\":\"not-an-email\"}");
        assertProblem(badEmail, 422);
        assertThat(badEmail.json().get("errors").get(0).get("field").asString()).isEqualTo("email");

        assertProblem(alice.post("/api/v1/parties", "{not json"), 400);
        ApiResponse badId = alice.post("/api/v1/parties", "{\"kind\":\"person\",\"name\":\"X\",\"organizationId\":\"not-a-uuid\"}");
        assertProblem(badId, 400);
        assertThat(badId.json().get("errors").get(0).get("field").asString()).isEqualTo("organizationId");
        ApiResponse badAddress = alice.post("/api/v1/parties",
                "{\"kind\":\"company\",\"name\":\"X\",\"addresses\":[{\"kind\":\"main\",\"line1\":{\"nested\":true}}]}");
        assertProblem(badAddress, 400);
        assertThat(badAddress.json().get("errors").get(0).get("field").asString()).isEqualTo("addresses[0].line1");
        assertProblem(alice.get("/api/v1/parties/not-a-uuid"), 400);
        assertProblem(alice.get("/api/v1/parties?sort=password"), 400);
        assertProblem(alice.get("/api/v1/parties?size=100000"), 400);
    }

    @Test
    void listsPageSearchAndFilter() {
        for (int i = 0; i < 25; i++) {
            bob.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Paging Co " + (100 + i) + "\",\"roles\":[\""
                    + (i % 5 == 0 ? "supplier" : "customer") + "\"]}");
        }
        JsonNode page = bob.get("/api/v1/parties?q=paging%20co&size=10&page=1").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(25);
        assertThat(page.get("totalPages").asInt()).isEqualTo(3);
        assertThat(page.get("items").size()).isEqualTo(10);
        assertThat(page.get("items").get(0).get("name").asString()).isEqualTo("Paging Co 110");

        JsonNode suppliers = bob.get("/api/v1/parties?q=paging&role=supplier").json();
        assertThat(suppliers.get("totalElements").asLong()).isEqualTo(5);
        JsonNode descending = bob.get("/api/v1/parties?q=paging&sort=name,desc&size=1").json();
        assertThat(descending.get("items").get(0).get("name").asString()).isEqualTo("Paging Co 124");
        assertThat(bob.get("/api/v1/parties?q=paging&kind=person").json().get("totalElements").asLong()).isZero();
        assertThat(alice.get("/api/v1/parties?q=paging").json().get("totalElements").asLong())
                .as("another tenant's parties are not listed").isZero();
    }

    @Test
    void updatesWithOptimisticLockingAndDeletes() {
        JsonNode created = alice.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Old Name\"}").json();
        String id = created.get("id").asString();
        long version = created.get("version").asLong();

        ApiResponse updated = alice.put("/api/v1/parties/" + id,
                "{\"kind\":\"company\",\"name\":\"New Name\",\"version\":" + version + "}");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("name").asString()).isEqualTo("New Name");
        assertThat(updated.json().get("version").asLong()).isGreaterThan(version);

        assertProblem(alice.put("/api/v1/parties/" + id, "{\"kind\":\"company\",\"name\":\"Lost\",\"version\":" + version + "}"), 409);
        assertProblem(alice.put("/api/v1/parties/" + id, "{\"kind\":\"person\",\"name\":\"Switch\"}"), 422);
        assertThat(alice.get("/api/v1/parties/" + id).json().get("name").asString()).isEqualTo("New Name");

        String employee = alice.post("/api/v1/parties",
                "{\"kind\":\"person\",\"name\":\"Staff\",\"organizationId\":\"" + id + "\"}").json().get("id").asString();
        ApiResponse refused = alice.delete("/api/v1/parties/" + id);
        assertProblem(refused, 409);
        assertThat(refused.json().get("references").get(0).get("kind").asString()).isEqualTo("people of this company");
        assertThat(alice.get("/api/v1/parties/" + employee).json().get("organizationId").asString())
                .as("a person's employer is never cleared silently").isEqualTo(id);

        assertThat(alice.delete("/api/v1/parties/" + employee).status()).isEqualTo(204);
        assertThat(alice.delete("/api/v1/parties/" + id).status()).isEqualTo(204);
        assertProblem(alice.get("/api/v1/parties/" + id), 404);
    }

    @Test
    void anotherTenantsPartyIsNotFoundForEveryVerb() {
        String id = alice.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Private\"}").json().get("id").asString();

        assertProblem(bob.get("/api/v1/parties/" + id), 404);
        assertProblem(bob.put("/api/v1/parties/" + id, "{\"kind\":\"company\",\"name\":\"Taken\"}"), 404);
        assertProblem(bob.delete("/api/v1/parties/" + id), 404);
        assertThat(alice.get("/api/v1/parties/" + id).json().get("name").asString()).isEqualTo("Private");
    }

    @Test
    void aMemberOfSeveralTenantsNamesOneAndCannotForgeAnother() {
        String acmeParty = alice.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Only In Acme\"}").json().get("id").asString();

        ApiResponse ambiguous = carol.get("/api/v1/parties");
        assertProblem(ambiguous, 400);
        assertThat(ambiguous.json().get("detail").asString()).contains("acme", "globex", "X-Tenant");
        assertThat(carol.withTenant("acme").get("/api/v1/parties/" + acmeParty).status()).isEqualTo(200);
        assertProblem(carol.withTenant("globex").get("/api/v1/parties/" + acmeParty), 404);

        ApiResponse forged = alice.withTenant("globex").get("/api/v1/parties");
        assertProblem(forged, 403);
        assertProblem(alice.withTenant("no-such-tenant").get("/api/v1/parties"), 403);
    }

    @Test
    void anonymousAndWrongPasswordsAreRefused() {
        assertProblem(kernel.anonymousApi().get("/api/v1/parties"), 401);
        assertProblem(kernel.api("alice@acme.test", "wrong").get("/api/v1/parties"), 401);
        assertProblem(kernel.platformApi().get("/api/v1/parties"), 401);
    }

    @Test
    void csvImportMapsColumnsReportsRowErrorsInADryRunAndHandlesDuplicatesAllOrNothing() {
        TenantRef tenant = kernel.createTenant("importer");
        kernel.createUser("ivy@importer.test", PASSWORD, tenant);
        ApiClient ivy = kernel.api("ivy@importer.test", PASSWORD);
        ivy.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Existing GmbH\",\"email\":\"hello@existing.test\"}");
        String companies = "Company Name,E-Mail,Phone,Roles\r\n"
                + "\"Umbrella, Inc.\",info@umbrella.test,+1 555,customer;partner\r\n"
                + "existing gmbh,,+49 1,supplier\r\n"
                + "Bad Mail Ltd,not-an-email,,\r\n"
                + ",nobody@x.test,,\r\n";
        String url = "/api/v1/parties/import?kind=company&map.name=company%20name";

        ApiResponse dry = ivy.postAs(url + "&dryRun=true", "text/csv", companies);
        assertThat(dry.status()).as(dry.body()).isEqualTo(200);
        assertThat(dry.json().get("rows").asInt()).isEqualTo(4);
        assertThat(dry.json().get("created").asInt()).isEqualTo(1);
        assertThat(dry.json().get("skipped").asInt()).isEqualTo(1);
        assertThat(dry.json().get("errors").findValuesAsString("field")).containsExactly("email", "name");
        assertThat(dry.json().get("errors").findValues("row").stream().map(JsonNode::asInt).toList()).containsExactly(4, 5);

        ApiResponse refused = ivy.postAs(url, "text/csv", companies);
        assertProblem(refused, 422);
        assertThat(refused.json().get("rowErrors").size()).isEqualTo(2);
        assertThat(ivy.get("/api/v1/parties?kind=company").json().get("totalElements").asLong()).as("nothing written").isEqualTo(1);

        String valid = companies.substring(0, companies.indexOf("Bad Mail"));
        ApiResponse imported = ivy.postAs(url + "&onDuplicate=update", "text/csv", valid);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("created").asInt()).isEqualTo(1);
        assertThat(imported.json().get("updated").asInt()).isEqualTo(1);
        JsonNode umbrella = ivy.get("/api/v1/parties?q=Umbrella").json().get("items").get(0);
        assertThat(umbrella.get("name").asString()).isEqualTo("Umbrella, Inc.");
        assertThat(umbrella.get("roles").toString()).isEqualTo("[\"customer\",\"partner\"]");
        JsonNode existing = ivy.get("/api/v1/parties?q=Existing").json().get("items").get(0);
        assertThat(existing.get("phone").asString()).as("updated in place").isEqualTo("+49 1");
        assertThat(existing.get("email").asString()).as("blank cells keep values").isEqualTo("hello@existing.test");

        ApiResponse people = ivy.postAs("/api/v1/parties/import?kind=person", "text/csv",
                "given name,family name,email,organization\nJill,Valentine,jill@umbrella.test,Umbrella, Inc.\n"
                        .replace("Umbrella, Inc.", "\"Umbrella, Inc.\"")
                        + "Ghost,,ghost@x.test,No Such Co\n");
        assertProblem(people, 422);
        assertThat(people.json().get("rowErrors").get(0).get("field").asString()).isEqualTo("organization");
        ApiResponse jill = ivy.postAs("/api/v1/parties/import?kind=person", "text/csv",
                "given name,family name,email,organization\nJill,Valentine,jill@umbrella.test,\"Umbrella, Inc.\"\n");
        assertThat(jill.status()).as(jill.body()).isEqualTo(200);
        JsonNode person = ivy.get("/api/v1/parties?kind=person").json().get("items").get(0);
        assertThat(person.get("name").asString()).isEqualTo("Jill Valentine");
        assertThat(person.get("organizationId").asString()).isEqualTo(umbrella.get("id").asString());
        ApiResponse again = ivy.postAs("/api/v1/parties/import?kind=person", "text/csv",
                "given name,family name,email\nJill,V.,JILL@umbrella.test\n");
        assertThat(again.json().get("skipped").asInt()).as("duplicate by email").isEqualTo(1);

        assertProblem(ivy.postAs("/api/v1/parties/import?kind=robot", "text/csv", valid), 400);
        assertProblem(ivy.postAs("/api/v1/parties/import?kind=company&map.name=nope", "text/csv", valid), 422);
        assertProblem(ivy.postAs("/api/v1/parties/import?kind=company", "text/csv", "\"unterminated\n"), 422);
        assertThat(bob.get("/api/v1/parties?q=Umbrella").json().get("totalElements").asLong()).isZero();
    }

    @Test
    void listsExportAsCsvOnRequest() {
        TenantRef tenant = kernel.createTenant("exporter");
        kernel.createUser("eve@exporter.test", PASSWORD, tenant);
        ApiClient eve = kernel.api("eve@exporter.test", PASSWORD);
        eve.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Quote \\\"n\\\" Comma, Ltd\",\"roles\":[\"customer\"]}");
        eve.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"=HYPERLINK(evil)\"}");
        ApiResponse csv = eve.getAs("/api/v1/parties?sort=name", "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).startsWith("id,kind,name,");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",company,'=HYPERLINK(evil),");
        assertThat(lines.get(2)).contains(",company,\"Quote \"\"n\"\" Comma, Ltd\",").contains("\"[\"\"customer\"\"]\"");
        assertThat(eve.get("/api/v1/parties").contentType()).startsWith("application/json");
    }

    @Test
    void theCsvExportHasEveryMatchingPartyInTheListsOrderNotOnePage() {
        TenantRef tenant = kernel.createTenant("bulk-exporter");
        kernel.createUser("eve@bulk-exporter.test", PASSWORD, tenant);
        ApiClient eve = kernel.api("eve@bulk-exporter.test", PASSWORD);
        int rows = 1203; // several export batches; names repeat, so the order leans on the id tie-break
        kernel.queryAsSuperuser("""
                insert into parties (tenant_id, id, kind, name, created_at, updated_at, version)
                select ?::uuid, gen_random_uuid(), case when n % 4 = 0 then 'PERSON' else 'COMPANY' end, 'Party ' || (n % 100),
                       now(), now(), 0
                from generate_series(1, ?) n returning 'ok'""", tenant.id(), rows);

        ApiResponse csv = eve.getAs("/api/v1/parties?kind=company&sort=name,desc", "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(rows - rows / 4 + 1);
        List<String> ids = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(ids).doesNotHaveDuplicates();
        List<String> names = lines.stream().skip(1).map(l -> l.split(",")[2]).toList();
        assertThat(names).isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
        assertThat(eve.getAs("/api/v1/parties", "text/csv").body().lines().count()).isEqualTo(rows + 1);
        assertThat(eve.get("/api/v1/parties?kind=company").json().get("items").size()).as("JSON stays paged").isEqualTo(20);
    }

    private static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }
}
