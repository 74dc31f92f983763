package io.tessera.kernel.it;

import static io.tessera.testkit.ApiAssertions.assertField;
import static io.tessera.testkit.ApiAssertions.assertProblem;
import static io.tessera.testkit.ApiAssertions.ok;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.sdk.TenantRef;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.PluginJar;
import io.tessera.testkit.TesseraKernelExtension;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The kernel's input rules apply to every module, a plugin the kernel has never seen included: control characters
 * in text and parameters, dates (ISO strings only, 1900–2999), fractions for integers, absurd decimals, too-long
 * values and body size — each a problem+json naming the field, never a 5xx, a 409 or a silently changed value.
 */
class ApiInputRulesIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(TestPlugins.notes(), probe())
            .build();

    static ApiClient api;

    @BeforeAll
    static void tenant() {
        TenantRef tenant = kernel.createTenant("rules");
        kernel.createUser("ann@rules.test", PASSWORD, tenant);
        kernel.enable(tenant, "notes", "probe");
        api = kernel.api("ann@rules.test", PASSWORD);
    }

    @Test
    void nulAndOtherControlCharactersInTextAreRefusedNamingTheFieldInEveryModule() {
        assertField(api.post("/api/v1/notes", "{\"text\":\"a\\u0000b\"}"), 422, "text");
        assertField(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Bell\\u0007Corp\"}"), 422, "name");
        assertField(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Esc\\u001bCorp\"}"), 422, "name");
        assertField(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"C1\\u0085Corp\"}"), 422, "name");
        assertField(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Acme\",\"roles\":[\"a\\u0000\"]}"), 422, "roles[0]");
        assertThat(kernel.countAsSuperuser("select count(*) from parties")).isZero();

        JsonNode kept = ok(api.post("/api/v1/notes", "{\"text\":\"tab\\there\\r\\nnext line\"}"), 201);
        assertThat(kept.get("text").asString()).isEqualTo("tab\there\r\nnext line");
    }

    @Test
    void controlCharactersInQueryAndPathParametersAreRefusedNamingTheParameter() {
        assertField(api.get("/api/v1/parties?q=%00"), 422, "q");
        assertField(api.get("/api/v1/probe/echo?q=a%07b"), 422, "q");
        assertField(api.get("/api/v1/probe/items/a%07b"), 422, "key");
        assertThat(ok(api.get("/api/v1/probe/items/plain")).get("key").asString()).isEqualTo("plain");
    }

    @Test
    void datesAreIsoStringsWithinTheRangeNamingTheField() {
        assertField(api.post("/api/v1/probe/echo", "{\"day\":20260101}"), 422, "day");
        assertField(api.post("/api/v1/probe/echo", "{\"day\":[2026,1,1]}"), 422, "day");
        assertField(api.post("/api/v1/probe/echo", "{\"day\":\"+999999999-12-31\"}"), 422, "day");
        assertField(api.post("/api/v1/probe/echo", "{\"day\":\"0000-01-01\"}"), 422, "day");
        assertField(api.post("/api/v1/probe/echo", "{\"day\":\"1899-12-31\"}"), 422, "day");
        assertField(api.post("/api/v1/probe/echo", "{\"day\":\"3000-01-01\"}"), 422, "day");
        assertField(api.post("/api/v1/probe/echo", "{\"at\":1767225600}"), 422, "at");
        assertField(api.post("/api/v1/probe/echo", "{\"at\":\"0000-01-01T00:00:00Z\"}"), 422, "at");
        assertField(api.post("/api/v1/probe/echo", "{\"stamps\":[\"2026-01-01T00:00:00Z\",\"+999999999-12-31T00:00:00Z\"]}"), 422,
                "stamps[1]");
        assertField(api.get("/api/v1/probe/echo?on=0000-01-01"), 422, "on");

        JsonNode fine = ok(api.post("/api/v1/probe/echo", "{\"day\":\"1900-01-01\",\"at\":\"2999-12-31T23:59:59Z\"}"));
        assertThat(fine.get("day").asString()).isEqualTo("1900-01-01");
        assertThat(fine.get("at").asString()).isEqualTo("2999-12-31T23:59:59Z");
        assertThat(ok(api.get("/api/v1/probe/echo?on=2026-01-31")).get("on").asString()).isEqualTo("2026-01-31");
    }

    @Test
    void integersRefuseFractionsAndDecimalsRefuseAbsurdExponentsNamingTheField() {
        assertField(api.post("/api/v1/probe/echo", "{\"count\":1.5}"), 422, "count");
        assertField(api.post("/api/v1/probe/echo", "{\"count\":1e400}"), 422, "count");
        assertField(api.post("/api/v1/probe/echo", "{\"big\":2.5}"), 422, "big");
        assertField(api.post("/api/v1/probe/echo", "{\"amount\":1e400}"), 422, "amount");
        JsonNode fine = ok(api.post("/api/v1/probe/echo", "{\"count\":2,\"amount\":12.5}"));
        assertThat(fine.get("count").asInt()).isEqualTo(2);
    }

    @Test
    void aValueTooLongForItsColumnIsInvalidInputNotAConflict() {
        assertProblem(api.post("/api/v1/notes", "{\"text\":\"" + "x".repeat(501) + "\"}"), 422);
        assertThat(kernel.countAsSuperuser("select count(*) from notes where length(text) > 500")).isZero();
    }

    @Test
    void bodiesOverTheCapAreAnswered413ProblemJsonWithOrWithoutContentLength() throws Exception {
        String large = "{\"text\":\"" + "x".repeat(1_100_000) + "\"}";
        assertProblem(api.post("/api/v1/notes", large), 413);

        HttpRequest chunked = HttpRequest.newBuilder(kernel.baseUri().resolve("/api/v1/notes"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("ann@rules.test:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(large.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(kernel.countAsSuperuser("select count(*) from notes where length(text) > 1000")).isZero();
    }

    /** A module the kernel knows nothing about: echoes text, dates and numbers of every kind it reads. */
    static PluginJar probe() {
        String pkg = "io.tessera.plugins.probe";
        return PluginJar.plugin("probe")
                .source(pkg + ".ProbeModule", """
                        package io.tessera.plugins.probe;

                        import io.tessera.sdk.*;
                        import java.util.*;
                        import org.pf4j.Extension;

                        @Extension
                        public class ProbeModule implements TesseraModule {
                            public String name() { return "Probe"; }
                            public ModuleCategory category() { return ModuleCategory.PLATFORM; }
                            public List<Permission> permissions() { return List.of(new Permission("probe.use", "Use the probe", true)); }
                            public List<Class<?>> components() { return List.of(ProbeController.class); }
                        }
                        """)
                .source(pkg + ".ProbeController", """
                        package io.tessera.plugins.probe;

                        import java.math.BigDecimal;
                        import java.time.*;
                        import java.util.*;
                        import org.springframework.web.bind.annotation.*;

                        @RestController
                        @RequestMapping("/api/v1/probe")
                        @io.tessera.sdk.security.RequiresPermission("probe.use")
                        class ProbeController {
                            record Probe(String text, LocalDate day, Instant at, List<Instant> stamps, Integer count, Long big,
                                         BigDecimal amount) {}

                            @PostMapping("/echo")
                            Probe echo(@RequestBody Probe probe) { return probe; }

                            @GetMapping("/echo")
                            Map<String, Object> query(@RequestParam(required = false) String q, @RequestParam(required = false) LocalDate on) {
                                Map<String, Object> result = new HashMap<>();
                                result.put("q", q);
                                result.put("on", on == null ? null : on.toString());
                                return result;
                            }

                            @GetMapping("/items/{key}")
                            Map<String, String> item(@PathVariable String key) { return Map.of("key", key); }
                        }
                        """)
                .extension(pkg + ".ProbeModule")
                .build();
    }
}
