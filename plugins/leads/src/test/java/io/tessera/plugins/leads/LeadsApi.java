package io.tessera.plugins.leads;

import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import tools.jackson.databind.JsonNode;

/** HTTP helpers shared by the leads integration tests. */
final class LeadsApi {

    static final String PASSWORD = "correct-horse-battery";

    private LeadsApi() {
    }

    static String company(ApiClient api, String name) {
        return created(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"" + name + "\"}"));
    }

    static String lead(String name, String email, String company, String source) {
        return "{\"name\":\"" + name + "\"" + (email == null ? "" : ",\"email\":\"" + email + "\"")
                + (company == null ? "" : ",\"company\":\"" + company + "\"")
                + (source == null ? "" : ",\"source\":\"" + source + "\"") + "}";
    }

    static String activity(String type, String subject, String partyId, java.time.Instant dueAt) {
        return "{\"type\":\"" + type + "\",\"subject\":\"" + subject + "\",\"partyId\":\"" + partyId + "\""
                + (dueAt == null ? "" : ",\"dueAt\":\"" + dueAt + "\"") + "}";
    }

    static java.util.List<String> subjects(JsonNode page) {
        java.util.List<String> subjects = new java.util.ArrayList<>();
        page.get("items").forEach(item -> subjects.add(item.get("subject").asString()));
        return subjects;
    }

    static String created(ApiResponse response) {
        return ok(response, 201).get("id").asString();
    }

    static JsonNode ok(ApiResponse response) {
        return ok(response, 200);
    }

    static JsonNode ok(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    static void assertProblem(ApiResponse response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    static void assertField(ApiResponse response, int status, String field) {
        assertProblem(response, status);
        assertThat(response.json().get("errors").findValuesAsString("field")).as(response.body()).contains(field);
    }
}
