package io.tessera.tenants.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.tessera.kernel.security.OidcLogin;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Keycloak mode against a real Keycloak 26: provisioning keeps Organizations and users in step with
 * tenants, bearer JWTs from Keycloak land in the right tenant, the organization claim and the local
 * membership must both allow a tenant, and foreign or expired tokens are refused.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class KeycloakModeIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    @Order(1)
    static final KeycloakServer keycloak = KeycloakServer.shared();

    @RegisterExtension
    @Order(2)
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .property("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak.issuer())
            .property("tessera.security.jwt.clock-skew", "0s")
            .property("tessera.exports.dir", "target/keycloak-it-exports")
            .property("tessera.keycloak.admin.server-url", keycloak.baseUrl())
            .property("tessera.keycloak.admin.realm", KeycloakServer.REALM)
            .property("tessera.keycloak.admin.client-id", KeycloakServer.ADMIN_CLIENT)
            .property("tessera.keycloak.admin.client-secret", KeycloakServer.ADMIN_SECRET)
            .property("spring.security.oauth2.client.registration.keycloak.client-id", KeycloakServer.UI_CLIENT)
            .property("spring.security.oauth2.client.registration.keycloak.client-secret", KeycloakServer.UI_SECRET)
            .property("spring.security.oauth2.client.registration.keycloak.scope", "openid,organization")
            .property("spring.security.oauth2.client.provider.keycloak.issuer-uri", keycloak.issuer())
            .property("tessera.test.oidc-probe", "true")
            .build();

    static Keycloak admin;
    static RealmResource realm;

    @BeforeAll
    static void adminClient() {
        admin = KeycloakBuilder.builder().serverUrl(keycloak.baseUrl()).realm(KeycloakServer.REALM)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(KeycloakServer.ADMIN_CLIENT).clientSecret(KeycloakServer.ADMIN_SECRET).build();
        realm = admin.realm(KeycloakServer.REALM);
    }

    @AfterAll
    static void closeAdminClient() {
        admin.close();
    }

    @Test
    void a_provisioningCreatesTheOrganizationAndItsAdminInKeycloak() {
        provision("kc-alpha");

        OrganizationRepresentation org = organization("kc-alpha");
        assertThat(org).as("organization with alias kc-alpha").isNotNull();
        List<String> members = realm.organizations().get(org.getId()).members().list(0, 100).stream()
                .map(MemberRepresentation::getEmail).toList();
        assertThat(members).containsExactly("admin@kc-alpha.test");
        UserRepresentation user = realm.users().searchByEmail("admin@kc-alpha.test", true).getFirst();
        assertThat(kernel.queryAsSuperuser("select external_subject from users where email = ?", "admin@kc-alpha.test"))
                .as("the local account is linked to the Keycloak user").isEqualTo(user.getId());
    }

    @Test
    void b_aKeycloakTokenLandsInTheTenantOfItsOrganization() {
        provision("kc-bravo");
        String token = token("admin@kc-bravo.test");
        assertThat(Tokens.claims(token).get("organization").toString()).contains("kc-bravo");

        ApiClient api = kernel.apiKey(token);
        ApiResponse created = api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Bravo Customer\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ApiResponse users = api.get("/api/v1/admin/users");
        assertThat(users.status()).as(users.body()).isEqualTo(200);
        assertThat(users.body()).contains("admin@kc-bravo.test");
        assertThat(kernel.countAsSuperuser("select count(*) from parties p join tenants t on t.id = p.tenant_id "
                + "where t.slug = 'kc-bravo' and p.name = 'Bravo Customer'")).isEqualTo(1);
    }

    @Test
    void c_aUserInTwoOrganizationsReachesEachOnlyWhenNamingIt() {
        provision("kc-one");
        provision("kc-two");
        provision("kc-three");
        ApiClient two = kernel.apiKey(token("admin@kc-two.test"));
        two.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Only In Two\"}");
        ApiResponse added = two.post("/api/v1/admin/users", "{\"email\":\"admin@kc-one.test\",\"roles\":[\"member\"]}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(realm.organizations().get(organization("kc-two").getId()).members().list(0, 100))
                .extracting(MemberRepresentation::getEmail).contains("admin@kc-one.test");

        assertThat(Tokens.claims(token("admin@kc-one.test")).has("organization"))
                .as("scope organization names no organization for a member of several").isFalse();
        String token = Tokens.password(keycloak, KeycloakServer.CLI_CLIENT, "admin@kc-one.test", PASSWORD, "openid organization:*");
        assertThat(Tokens.claims(token).get("organization").toString()).contains("kc-one", "kc-two");
        ApiResponse unnamed = kernel.apiKey(token).get("/api/v1/parties");
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.json().get("detail").asString()).contains("kc-one", "kc-two", "X-Tenant");
        assertThat(kernel.apiKey(token).withTenant("kc-one").get("/api/v1/parties").body()).doesNotContain("Only In Two");
        ApiResponse inTwo = kernel.apiKey(token).withTenant("kc-two").get("/api/v1/parties");
        assertThat(inTwo.status()).isEqualTo(200);
        assertThat(inTwo.body()).contains("Only In Two");
        assertThat(kernel.apiKey(token).withTenant("kc-two").get("/api/v1/admin/users").status())
                .as("a member, not an admin, in kc-two: roles come from the local membership").isEqualTo(403);
        ApiResponse three = kernel.apiKey(token).withTenant("kc-three").get("/api/v1/parties");
        assertThat(three.status()).isEqualTo(403);
        assertThat(three.contentType()).startsWith("application/problem+json");
    }

    @Test
    void d_aUserOfOneOrganizationCannotReachAnotherTenantsData() {
        provision("kc-home");
        provision("kc-away");
        String awayParty = kernel.apiKey(token("admin@kc-away.test"))
                .post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Away Secret\"}").json().get("id").asString();
        ApiResponse ann = kernel.apiKey(token("admin@kc-home.test")).post("/api/v1/admin/users",
                "{\"email\":\"ann@kc-home.test\",\"name\":\"Ann Home\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"member\"]}");
        assertThat(ann.status()).as(ann.body()).isEqualTo(201);
        ApiClient home = kernel.apiKey(token("ann@kc-home.test"));

        assertThat(home.get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(home.get("/api/v1/parties/" + awayParty).status()).isEqualTo(404);
        assertThat(home.get("/api/v1/parties").body()).doesNotContain("Away Secret");
        ApiResponse away = home.withTenant("kc-away").get("/api/v1/parties");
        assertThat(away.status()).isEqualTo(403);
        assertThat(away.json().get("detail").asString()).contains("does not name organization 'kc-away'");

        // a local membership alone is not enough: the token must name the organization too
        io.tessera.kernel.tenancy.TenantContext.callWithoutTenant(() -> {
            kernel.bean(io.tessera.kernel.account.AccountMemberships.class).addMembership(kernel.tenant("kc-away"),
                    java.util.UUID.fromString(kernel.queryAsSuperuser("select id::text from users where email = ?", "ann@kc-home.test")),
                    java.util.Set.of("member"));
            return null;
        });
        assertThat(kernel.apiKey(token("ann@kc-home.test")).withTenant("kc-away").get("/api/v1/parties").status()).isEqualTo(403);
    }

    @Test
    void e_foreignExpiredAndMalformedTokensAreRefused() throws Exception {
        provision("kc-echo");
        String real = token("admin@kc-echo.test");

        RSAKey ownKey = new RSAKeyGenerator(2048).keyID("not-keycloaks").generate();
        // the same claims as Keycloak's token, signed with a key Keycloak never published
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("not-keycloaks").build(),
                JWTClaimsSet.parse(Tokens.claims(real).toString()));
        forged.sign(new RSASSASigner(ownKey));
        assertRefused(kernel.apiKey(forged.serialize()).get("/api/v1/parties"), "");

        SignedJWT otherIssuer = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("not-keycloaks").build(),
                new JWTClaimsSet.Builder(JWTClaimsSet.parse(Tokens.claims(real).toString()))
                        .issuer("http://127.0.0.1:1/realms/elsewhere").build());
        otherIssuer.sign(new RSASSASigner(ownKey));
        assertRefused(kernel.apiKey(otherIssuer.serialize()).get("/api/v1/parties"), "");

        String shortLived = Tokens.password(keycloak, KeycloakServer.SHORT_CLIENT, "admin@kc-echo.test", PASSWORD);
        Thread.sleep(2_500);
        assertRefused(kernel.apiKey(shortLived).get("/api/v1/parties"), "expired");

        assertRefused(kernel.apiKey("not-a-jwt").get("/api/v1/parties"), "");
        String[] parts = real.split("\\.");
        assertRefused(kernel.apiKey(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 6) + "AAAAAA")
                .get("/api/v1/parties"), "");
        assertThat(kernel.apiKey(real).get("/api/v1/parties").status()).as("the genuine token still works").isEqualTo(200);
    }

    @Test
    void f_apiKeysAndThePlatformOperatorWorkInKeycloakModeAndUserBasicIsOff() {
        provision("kc-foxtrot");
        ApiClient admin = kernel.apiKey(token("admin@kc-foxtrot.test"));
        ApiResponse key = admin.post("/api/v1/admin/api-keys", "{\"name\":\"sync\",\"scopes\":[\"parties.read\"]}");
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        assertThat(kernel.apiKey(key.json().get("secret").asString()).get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(kernel.platformApi().get("/api/v1/platform/tenants").status()).isEqualTo(200);

        ApiResponse basic = kernel.api("admin@kc-foxtrot.test", PASSWORD).get("/api/v1/parties");
        assertThat(basic.status()).as("local HTTP Basic for users is off in Keycloak mode").isEqualTo(401);
        assertThat(basic.headers().allValues("WWW-Authenticate")).contains("Bearer");
    }

    @Test
    void g_whenKeycloakRefusesNothingIsCreatedOnEitherSide() {
        OrganizationRepresentation taken = new OrganizationRepresentation();
        taken.setAlias("kc-taken");
        taken.setName("kc-taken");
        try (Response response = realm.organizations().create(taken)) {
            assertThat(response.getStatus()).isEqualTo(201);
        }
        ApiResponse refused = kernel.platformApi().post("/api/v1/platform/tenants",
                tenantJson("kc-taken", "admin@kc-taken.test", PASSWORD));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("Keycloak", "kc-taken");
        assertThat(kernel.countAsSuperuser("select count(*) from tenants where slug = 'kc-taken'")).isZero();
        assertThat(realm.users().searchByEmail("admin@kc-taken.test", true)).isEmpty();

        // Keycloak accepts, then the database refuses (password policy): Keycloak's part is undone
        ApiResponse weak = kernel.platformApi().post("/api/v1/platform/tenants", tenantJson("kc-weak", "admin@kc-weak.test", "short"));
        assertThat(weak.status()).as(weak.body()).isEqualTo(400);
        assertThat(weak.json().get("detail").asString()).contains("password");
        assertThat(organization("kc-weak")).isNull();
        assertThat(realm.users().searchByEmail("admin@kc-weak.test", true)).isEmpty();
        assertThat(kernel.countAsSuperuser("select count(*) from tenants where slug = 'kc-weak'")).isZero();
    }

    @Test
    void h_deletingTheTenantRemovesItsOrganization() {
        provision("kc-gone");
        assertThat(organization("kc-gone")).isNotNull();
        ApiResponse deleted = kernel.platformApi().delete("/api/v1/platform/tenants/kc-gone");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(organization("kc-gone")).isNull();
        assertThat(kernel.countAsSuperuser("select count(*) from tenants where slug = 'kc-gone'")).isZero();
    }

    @Test
    void i_theUiGetsAnOidcLoginWhenTheKeycloakClientIsConfigured() {
        OidcLogin login = kernel.bean(OidcLogin.class);
        assertThat(login.loginPath()).isEqualTo("/oauth2/authorization/keycloak");
    }

    @Test
    void j_theUiSignsInThroughKeycloakWithPkceAndLogsOutThere() {
        provision("kc-ui");
        String app = kernel.baseUri().toString().replaceAll("/$", "");
        BrowserlessOidcFlow browser = new BrowserlessOidcFlow();

        var anonymous = browser.get(app + "/probe/me");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(BrowserlessOidcFlow.location(anonymous)).endsWith("/oauth2/authorization/keycloak");
        var authorize = browser.get(app + "/oauth2/authorization/keycloak");
        String authorizationUrl = BrowserlessOidcFlow.location(authorize);
        assertThat(authorizationUrl).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth")
                .contains("client_id=" + KeycloakServer.UI_CLIENT, "code_challenge=", "code_challenge_method=S256");

        var loginPage = browser.get(authorizationUrl);
        assertThat(loginPage.statusCode()).isEqualTo(200);
        var callback = browser.signIn(loginPage, "admin@kc-ui.test", PASSWORD);
        String callbackUrl = BrowserlessOidcFlow.location(callback);
        assertThat(callbackUrl).startsWith(app + "/login/oauth2/code/keycloak").contains("code=");
        var signedIn = browser.get(callbackUrl);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        var me = browser.get(BrowserlessOidcFlow.resolve(app, BrowserlessOidcFlow.location(signedIn)));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        String userId = kernel.queryAsSuperuser("select id::text from users where email = ?", "admin@kc-ui.test");
        assertThat(me.body()).isEqualTo(userId + "|admin@kc-ui.test|[kc-ui]");

        var logout = browser.post(app + "/logout", "");
        String endSession = BrowserlessOidcFlow.location(logout);
        assertThat(endSession).startsWith(keycloak.issuer() + "/protocol/openid-connect/logout").contains("id_token_hint=");
        var loggedOut = browser.get(endSession);
        assertThat(loggedOut.statusCode()).as(loggedOut.body()).isEqualTo(302);
        assertThat(BrowserlessOidcFlow.location(loggedOut)).startsWith(app);
        assertThat(browser.get(app + "/probe/me").statusCode()).as("the application session ended").isEqualTo(302);
        var again = browser.get(BrowserlessOidcFlow.location(browser.get(app + "/oauth2/authorization/keycloak")));
        assertThat(again.statusCode()).as("the Keycloak session ended too: the login form again").isEqualTo(200);
        assertThat(again.body()).contains("login-actions/authenticate");
    }

    @Test
    void k_changingTheOwnPasswordLocallyIsRefusedWithTheAccountConsole() {
        provision("kc-kilo");
        String before = kernel.queryAsSuperuser("select password_hash from users where email = ?", "admin@kc-kilo.test");
        ApiResponse refused = kernel.apiKey(token("admin@kc-kilo.test")).post("/api/v1/me/password",
                "{\"currentPassword\":\"" + PASSWORD + "\",\"newPassword\":\"another-horse-battery-staple\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("identity provider", keycloak.issuer() + "/account");
        assertThat(refused.json().get("accountConsole").asString()).isEqualTo(keycloak.issuer() + "/account");
        assertThat(kernel.queryAsSuperuser("select password_hash from users where email = ?", "admin@kc-kilo.test"))
                .isEqualTo(before);
        assertThat(token("admin@kc-kilo.test")).as("the Keycloak password is unchanged").isNotBlank();
    }

    @Test
    void l_anAdminResetSetsATemporaryPasswordInKeycloak() {
        provision("kc-lima");
        ApiClient admin = kernel.apiKey(token("admin@kc-lima.test"));
        ApiResponse bob = admin.post("/api/v1/admin/users",
                "{\"email\":\"bob@kc-lima.test\",\"name\":\"Bob Lima\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"member\"]}");
        assertThat(bob.status()).as(bob.body()).isEqualTo(201);
        String bobId = bob.json().get("userId").asString();
        String localHash = kernel.queryAsSuperuser("select password_hash from users where id = ?::uuid", bobId);

        ApiResponse reset = admin.post("/api/v1/admin/users/" + bobId + "/password-reset", "");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        String temporary = reset.json().get("temporaryPassword").asString();

        UserRepresentation user = realm.users().searchByEmail("bob@kc-lima.test", true).getFirst();
        assertThat(user.getRequiredActions()).as("Keycloak forces a change at the next sign-in").contains("UPDATE_PASSWORD");
        var pending = Tokens.request(keycloak, KeycloakServer.CLI_CLIENT, "bob@kc-lima.test", temporary, "openid organization");
        assertThat(pending.statusCode()).isEqualTo(400);
        assertThat(pending.body()).as("the password is right, the account must update it first").contains("not fully set up");
        var old = Tokens.request(keycloak, KeycloakServer.CLI_CLIENT, "bob@kc-lima.test", PASSWORD, "openid organization");
        assertThat(old.body()).as("the old password no longer works").contains("Invalid user credentials");
        assertThat(kernel.queryAsSuperuser("select password_hash from users where id = ?::uuid", bobId))
                .as("the unused local hash is left alone").isEqualTo(localHash);

        // once Bob has chosen a new password at Keycloak (done here by clearing the required action), the grant works
        user.setRequiredActions(List.of());
        realm.users().get(user.getId()).update(user);
        String token = Tokens.password(keycloak, KeycloakServer.CLI_CLIENT, "bob@kc-lima.test", temporary);
        assertThat(kernel.apiKey(token).get("/api/v1/parties").status()).isEqualTo(200);
    }

    @Test
    void m_deactivatingRemovesFromTheOrganizationAndReactivatingAddsBack() {
        provision("kc-mike");
        ApiClient admin = kernel.apiKey(token("admin@kc-mike.test"));
        ApiResponse carol = admin.post("/api/v1/admin/users",
                "{\"email\":\"carol@kc-mike.test\",\"name\":\"Carol Mike\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"member\"]}");
        assertThat(carol.status()).as(carol.body()).isEqualTo(201);
        String carolId = carol.json().get("userId").asString();
        String orgId = organization("kc-mike").getId();
        assertThat(orgMembers(orgId)).contains("carol@kc-mike.test");

        ApiResponse deactivated = admin.delete("/api/v1/admin/users/" + carolId);
        assertThat(deactivated.status()).as(deactivated.body()).isEqualTo(200);
        assertThat(deactivated.json().get("status").asString()).isEqualTo("INACTIVE");
        assertThat(orgMembers(orgId)).doesNotContain("carol@kc-mike.test").contains("admin@kc-mike.test");
        assertThat(realm.users().searchByEmail("carol@kc-mike.test", true)).as("the person stays in Keycloak").hasSize(1);
        assertThat(Tokens.claims(token("carol@kc-mike.test")).has("organization")).as("no organization in her tokens").isFalse();

        ApiResponse again = admin.post("/api/v1/admin/users/" + carolId + "/reactivate", "");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(orgMembers(orgId)).contains("carol@kc-mike.test");
        assertThat(kernel.apiKey(token("carol@kc-mike.test")).get("/api/v1/parties").status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/admin/users/" + carolId + "/reactivate", "").status())
                .as("already active").isEqualTo(409);
    }

    @Test
    void n_statusChangesAreAllOrNothingAcrossKeycloakAndTheDatabase() {
        provision("kc-november");
        ApiClient admin = kernel.apiKey(token("admin@kc-november.test"));
        String adminId = kernel.queryAsSuperuser("select id::text from users where email = ?", "admin@kc-november.test");
        String orgId = organization("kc-november").getId();

        // the database refuses (the last admin): Keycloak is not touched
        ApiResponse last = admin.delete("/api/v1/admin/users/" + adminId);
        assertThat(last.status()).as(last.body()).isEqualTo(409);
        assertThat(orgMembers(orgId)).contains("admin@kc-november.test");

        ApiResponse dave = admin.post("/api/v1/admin/users",
                "{\"email\":\"dave@kc-november.test\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"member\"]}");
        String daveId = dave.json().get("userId").asString();
        // Keycloak refuses (its organization is gone): the database keeps Dave active
        realm.organizations().get(orgId).delete().close();
        ApiResponse refused = admin.delete("/api/v1/admin/users/" + daveId);
        assertThat(refused.status()).as(refused.body()).isEqualTo(502);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(kernel.queryAsSuperuser("select status from memberships where user_id = ?::uuid", daveId)).isEqualTo("ACTIVE");
    }

    private static List<String> orgMembers(String orgId) {
        return realm.organizations().get(orgId).members().list(0, 100).stream().map(MemberRepresentation::getEmail).toList();
    }

    private static void provision(String slug) {
        ApiResponse created = kernel.platformApi().post("/api/v1/platform/tenants", tenantJson(slug, "admin@" + slug + ".test", PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private static String tenantJson(String slug, String email, String password) {
        return "{\"slug\":\"" + slug + "\",\"name\":\"Tenant " + slug + "\",\"admin\":{\"email\":\"" + email
                + "\",\"name\":\"Admin " + slug + "\",\"password\":\"" + password + "\"}}";
    }

    private static String token(String email) {
        return Tokens.password(keycloak, KeycloakServer.CLI_CLIENT, email, PASSWORD);
    }

    private static OrganizationRepresentation organization(String alias) {
        return realm.organizations().search(alias, true, 0, 10).stream()
                .filter(o -> alias.equals(o.getAlias())).findFirst().orElse(null);
    }

    private static void assertRefused(ApiResponse response, String detail) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).contains("bearer token was refused").contains(detail);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
    }
}
