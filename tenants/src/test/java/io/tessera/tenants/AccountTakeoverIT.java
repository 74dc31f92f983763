package io.tessera.tenants;

import static io.tessera.testkit.ApiAssertions.member;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Issue 18 items 1 and 2: accounts are global, so one tenant's admin must neither take over another tenant's person
 * by pre-registering their email, nor pull another tenant's account into their own, nor learn whether it exists.
 */
class AccountTakeoverIT {

    static final String PASSWORD = "correct-horse-battery";
    static final String A_CHOSE = "alpha-chose-this-one";
    static final String B_CHOSE = "beta-chose-another-one";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    @Test
    void aPreRegisteredEmailGivesItsRegistrantNoWayIntoAnotherTenant() {
        ApiClient alpha = kernel.provisionTenant("alpha", PASSWORD);
        ApiClient beta = kernel.provisionTenant("beta", PASSWORD);
        // A's admin registers dave@beta.test with a password A knows (today: directly; now: by accepting A's own link)
        member(alpha, "dave@beta.test", A_CHOSE);

        ApiResponse withPassword = beta.post("/api/v1/admin/users", "{\"email\":\"dave@beta.test\",\"password\":\"" + B_CHOSE
                + "\",\"roles\":[\"admin\"]}");
        assertThat(withPassword.status()).as("B's password is neither applied nor silently ignored: " + withPassword.body())
                .isEqualTo(422);
        ApiResponse invited = beta.post("/api/v1/admin/users", "{\"email\":\"dave@beta.test\",\"roles\":[\"admin\"]}");
        assertThat(invited.status()).as(invited.body()).isEqualTo(202);

        ApiClient registrant = kernel.api("dave@beta.test", A_CHOSE);
        assertThat(registrant.withTenant("beta").get("/api/v1/admin/users").status()).as("A's password does not get into B")
                .isEqualTo(403);
        assertThat(kernel.api("dave@beta.test", B_CHOSE).withTenant("beta").get("/api/v1/parties").status()).isEqualTo(401);
        assertThat(beta.get("/api/v1/admin/users").json().findValuesAsString("email")).containsExactly("admin@beta.test");
        assertThat(beta.anonymous().post("/api/v1/invitations/accept", "{\"token\":\"" + invited.json().get("token").asString()
                + "\",\"password\":\"" + B_CHOSE + "\"}").status()).as("the token does not set an existing account's password")
                .isEqualTo(401);
        assertThat(registrant.get("/api/v1/parties").status()).as("still in A alone").isEqualTo(200);
    }

    @Test
    void invitingAnotherTenantsAdminDisclosesNothingAndDoesNotPullThemIn() {
        kernel.provisionTenant("beta2", PASSWORD);
        ApiClient alpha = kernel.provisionTenant("alpha2", PASSWORD);

        ApiResponse existing = alpha.post("/api/v1/admin/users", "{\"email\":\"admin@beta2.test\",\"roles\":[\"member\"]}");
        ApiResponse fresh = alpha.post("/api/v1/admin/users", "{\"email\":\"nobody@beta2.test\",\"roles\":[\"member\"]}");
        assertThat(existing.status()).as(existing.body()).isEqualTo(fresh.status()).isEqualTo(202);
        assertThat(fields(existing.json())).as("the same answer for an existing account as for a new email")
                .isEqualTo(fields(fresh.json())).doesNotContain("userId", "id", "name");
        String accountId = kernel.queryAsSuperuser("select id::text from users where email = ?", "admin@beta2.test");
        assertThat(existing.body()).doesNotContain(accountId).doesNotContain("Admin");
        assertThat(existing.headers().firstValue("Location")).isEmpty();

        assertThat(kernel.countAsSuperuser("select count(*) from memberships m join users u on u.id = m.user_id "
                + "where u.email = 'admin@beta2.test'")).as("B's admin is not silently in two tenants").isEqualTo(1);
        ApiClient betaAdmin = kernel.api("admin@beta2.test", PASSWORD);
        assertThat(betaAdmin.get("/api/v1/parties").status()).as("B's integrations without X-Tenant keep working")
                .isEqualTo(200);
        assertThat(alpha.get("/api/v1/admin/users").json().findValuesAsString("email")).containsExactly("admin@alpha2.test");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>(node.propertyNames());
        names.sort(null);
        return names;
    }
}
