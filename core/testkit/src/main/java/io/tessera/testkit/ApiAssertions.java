package io.tessera.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Assertions on the kernel's HTTP answers, for integration tests of the kernel and of plugins: a status with
 * its JSON body, the id of a created resource, a problem+json answer and the field it names. A failure shows
 * the response body.
 *
 * <pre>{@code
 * String party = ApiAssertions.company(api, "Wayne Enterprises");
 * JsonNode deal = ApiAssertions.ok(api.get("/api/v1/pipeline/opportunities/" + id));
 * ApiAssertions.assertField(api.post("/api/v1/pipeline/opportunities", "{}"), 400, "name");
 * }</pre>
 */
public final class ApiAssertions {

    private ApiAssertions() {
    }

    /**
     * Asserts a {@code 200} and returns the body.
     *
     * @param response the answer
     * @return its JSON body
     */
    public static JsonNode ok(ApiResponse response) {
        return ok(response, 200);
    }

    /**
     * Asserts a status and returns the body.
     *
     * @param response the answer
     * @param status   the expected status
     * @return its JSON body
     */
    public static JsonNode ok(ApiResponse response, int status) {
        assertEquals(status, response.status(), response::body);
        return response.json();
    }

    /**
     * Asserts a {@code 201} and returns the created resource's {@code id}.
     *
     * @param response the answer
     * @return the id
     */
    public static String created(ApiResponse response) {
        JsonNode id = ok(response, 201).get("id");
        assertNotNull(id, response::body);
        return id.asString();
    }

    /**
     * Asserts an RFC 9457 problem answer with a status.
     *
     * @param response the answer
     * @param status   the expected status
     */
    public static void assertProblem(ApiResponse response, int status) {
        assertEquals(status, response.status(), response::body);
        assertTrue(response.contentType().startsWith("application/problem+json"),
                () -> "Content-Type " + response.contentType() + ": " + response.body());
    }

    /**
     * Asserts a problem answer whose {@code errors} name a field.
     *
     * @param response the answer
     * @param status   the expected status
     * @param field    the field the errors must name
     */
    public static void assertField(ApiResponse response, int status, String field) {
        assertProblem(response, status);
        JsonNode errors = response.json().get("errors");
        assertTrue(errors != null && errors.findValuesAsString("field").contains(field),
                () -> "no error names " + field + ": " + response.body());
    }

    /**
     * Enables modules for the client's tenant through the tenant admin API ({@code PUT /api/v1/admin/modules/<id>},
     * which runs their installers), asserting each answers {@code 200}.
     *
     * @param admin   a client signed in as a tenant admin
     * @param modules the modules' ids
     * @return the client
     */
    public static ApiClient enable(ApiClient admin, String... modules) {
        for (String module : modules) {
            ok(admin.put("/api/v1/admin/modules/" + module, ""));
        }
        return admin;
    }

    /**
     * Creates a company in the party master ({@code POST /api/v1/parties}).
     *
     * @param api  a client signed in to the tenant
     * @param name the company's name (plain text, no quotes)
     * @return the party's id
     */
    public static String company(ApiClient api, String name) {
        return created(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"" + name + "\"}"));
    }

    /**
     * Adds an active member (role {@code member}) to the admin's tenant as a person would join it with local
     * accounts: the admin invites the email ({@code POST /api/v1/admin/users}, 202), and the invitee accepts the
     * invitation, choosing the new account's password ({@code POST /api/v1/invitations/accept}).
     *
     * @param admin    a client signed in as a tenant admin
     * @param email    the member's email (plain text, no quotes), for which no account exists yet
     * @param password the password the member chooses
     * @return the member's user id
     */
    public static String member(ApiClient admin, String email, String password) {
        return member(admin, email, password, "member");
    }

    /**
     * As {@link #member(ApiClient, String, String)}, with the given roles.
     *
     * @param admin    a client signed in as a tenant admin
     * @param email    the member's email (plain text, no quotes), for which no account exists yet
     * @param password the password the member chooses
     * @param roles    the tenant's roles (plain names)
     * @return the member's user id
     */
    public static String member(ApiClient admin, String email, String password, String... roles) {
        return ok(admin.anonymous().post("/api/v1/invitations/accept", "{\"token\":\"" + invitation(admin, email, roles)
                + "\",\"password\":\"" + password + "\"}")).get("userId").asString();
    }

    /**
     * Invites an email to the admin's tenant ({@code POST /api/v1/admin/users}), asserting a {@code 202}.
     *
     * @param admin a client signed in as a tenant admin
     * @param email the email (plain text, no quotes)
     * @param roles the tenant's roles (plain names)
     * @return the invitation's token
     */
    public static String invitation(ApiClient admin, String email, String... roles) {
        String names = String.join("\",\"", roles);
        return ok(admin.post("/api/v1/admin/users", "{\"email\":\"" + email + "\",\"roles\":[\"" + names + "\"]}"), 202)
                .get("token").asString();
    }

    /**
     * One text field of every item of a page ({@code {"items":[…]}}), in order.
     *
     * @param page  a page envelope
     * @param field the field, e.g. {@code name}
     * @return the values
     */
    public static List<String> values(JsonNode page, String field) {
        List<String> values = new ArrayList<>();
        page.get("items").forEach(item -> values.add(item.get(field).asString()));
        return values;
    }

    /**
     * Asserts that the platform API lists a plugin as {@code STARTED} ({@code GET /api/v1/platform/modules}).
     *
     * @param platform a client signed in as the platform operator
     * @param moduleId the plugin's id
     */
    public static void assertStarted(ApiClient platform, String moduleId) {
        ApiResponse response = platform.get("/api/v1/platform/modules");
        for (JsonNode module : ok(response)) {
            if (moduleId.equals(module.get("id").asString())) {
                assertEquals("STARTED", module.get("state").asString(), module::toString);
                return;
            }
        }
        throw new AssertionError("No module " + moduleId + " installed: " + response.body());
    }

    /**
     * For a plugin's headless test: asserts that no UI is on the class path (neither the UI kit nor Vaadin, as in an
     * API-only server) and that the plugin started nonetheless.
     *
     * @param kernel   the running kernel
     * @param moduleId the plugin's id
     */
    public static void assertStartedWithoutUi(TesseraKernelExtension kernel, String moduleId) {
        for (String uiClass : List.of("io.tessera.ui.kit.ModuleUi", "com.vaadin.flow.component.Component")) {
            try {
                Class.forName(uiClass, false, ApiAssertions.class.getClassLoader());
                throw new AssertionError(uiClass + " is on the class path: this is no headless kernel");
            } catch (ClassNotFoundException expected) {
                // as it should be
            }
        }
        assertStarted(kernel.platformApi(), moduleId);
    }
}
