package io.tessera.plugins.leads;

/** Request bodies shared by the leads integration tests (assertions: {@link io.tessera.testkit.ApiAssertions}). */
final class LeadsApi {

    static final String PASSWORD = "correct-horse-battery";

    private LeadsApi() {
    }

    static String lead(String name, String email, String company, String source) {
        return "{\"name\":\"" + name + "\"" + (email == null ? "" : ",\"email\":\"" + email + "\"")
                + (company == null ? "" : ",\"company\":\"" + company + "\"")
                + (source == null ? "" : ",\"source\":\"" + source + "\"") + "}";
    }
}
