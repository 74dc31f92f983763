package io.tessera.plugins.leads;

import java.time.Instant;

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

    static String activity(String type, String subject, String partyId, Instant dueAt) {
        return "{\"type\":\"" + type + "\",\"subject\":\"" + subject + "\",\"partyId\":\"" + partyId + "\""
                + (dueAt == null ? "" : ",\"dueAt\":\"" + dueAt + "\"") + "}";
    }
}
