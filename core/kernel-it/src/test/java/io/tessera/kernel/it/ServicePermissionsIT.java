package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.account.TenantProvisioning;
import io.tessera.kernel.apikey.ApiKeys;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.security.PermissionDeniedException;
import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Service methods that declare {@code @RequiresPermission} are checked on every call, not only through REST:
 * in a real plugin jar loaded by PF4J and in the kernel's own services.
 */
class ServicePermissionsIT {

    private static final String PASSWORD = "correct-horse-battery";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .plugin(TestPlugins.guarded())
            .property("tessera.events.poll-interval", "500ms")
            .build();

    static TenantRef tenant;
    static UUID member;

    @BeforeAll
    static void aTenantWithTheModuleAndAMember() {
        tenant = kernel.createTenant("guarded");
        member = kernel.createUser("member@guarded.test", PASSWORD, Set.of(Roles.MEMBER), tenant);
        kernel.enable(tenant, "guarded");
    }

    @SuppressWarnings("unchecked")
    private static BiConsumer<String, String> service() {
        return (BiConsumer<String, String>) kernel.context().getBean("guarded:io.tessera.plugins.guarded.GuardedService");
    }

    @Test
    void aPluginServiceIsAdvisedInItsOwnClassLoader() {
        Object bean = service();
        assertThat(org.springframework.aop.support.AopUtils.isAopProxy(bean)).as("advised").isTrue();
        assertThat(bean.getClass().getClassLoader()).isSameAs(
                org.springframework.aop.support.AopUtils.getTargetClass(bean).getClassLoader());
    }

    @Test
    void aMemberLackingThePermissionIsRefusedWhenCallingThePluginServiceDirectly() {
        assertThatThrownBy(() -> kernel.asActor(tenant, member, Set.of("guarded.send"), () -> {
            service().accept("sneaky", "direct");
            return null;
        })).isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("guarded.write")
                .satisfies(e -> assertThat(((PermissionDeniedException) e).status()).isEqualTo(403));
        assertThat(logged("sneaky")).as("nothing written").isZero();
    }

    @Test
    void aUserHoldingThePermissionMayCallIt() {
        kernel.asActor(tenant, member, Set.of("guarded.write"), () -> {
            service().accept("allowed", "direct");
            return null;
        });
        assertThat(logged("allowed")).isEqualTo(1);
    }

    @Test
    void anApiKeyNeedsThePermissionAmongItsScopes() {
        assertThatThrownBy(() -> kernel.asActor(tenant, null, Set.of("guarded.send"), () -> {
            service().accept("key-without", "direct");
            return null;
        })).isInstanceOf(PermissionDeniedException.class);
        kernel.asActor(tenant, null, Set.of("guarded.write"), () -> {
            service().accept("key-with", "direct");
            return null;
        });
        assertThat(logged("key-without")).isZero();
        assertThat(logged("key-with")).isEqualTo(1);
    }

    @Test
    void aCallWithNoPrincipalAndNoSystemScopeIsRefused() {
        assertThatThrownBy(() -> service().accept("nobody", "direct"))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("Nobody is signed in");
        assertThat(logged("nobody")).isZero();
    }

    @Test
    void systemWorkTheKernelStartsPasses() {
        kernel.inTenant(tenant, () -> {
            service().accept("system", "direct");
            return null;
        });
        assertThat(logged("system")).isEqualTo(1);
    }

    @Test
    void overRestAMemberWhoMaySendButNotWriteGets403ProblemJson() {
        ApiClient api = kernel.api("member@guarded.test", PASSWORD);
        ApiResponse response = api.post("/api/v1/guarded/direct?text=over-rest", "");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("guarded.write");
        assertThat(logged("over-rest")).isZero();
    }

    @Test
    void anEventListenerAndATenantTaskWriteAsSystemWork() throws InterruptedException {
        ApiClient api = kernel.api("member@guarded.test", PASSWORD);
        assertThat(api.post("/api/v1/guarded/event?text=via-event", "").status()).isIn(200, 204);
        awaitRow("select count(*) from guarded_log where text = 'via-event' and via = 'listener' and tenant_id = ?");
        awaitRow("select count(*) from guarded_log where via = 'task' and tenant_id = ?");
    }

    @Test
    void kernelServicesAreCheckedToo() {
        Roles roles = kernel.bean(Roles.class);
        assertThatThrownBy(() -> kernel.asActor(tenant, member, Set.of("guarded.send", "parties.write"), () ->
                roles.create("sneaky-role", "no", Set.of("guarded.write"))))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("tenant.admin");
        assertThat(kernel.countAsSuperuser("select count(*) from tenant_roles where name = 'sneaky-role'")).isZero();
    }

    @Test
    void aSystemOnlyMethodRefusesEveryUserAndApiKeyButNotTheKernelsOwnWork() {
        ApiKeys keys = kernel.bean(ApiKeys.class);
        Set<String> everything = Set.copyOf(kernel.bean(Roles.class).effectivePermissions(Set.of(Roles.ADMIN)));

        assertThatThrownBy(() -> kernel.asActor(tenant, member, everything, () -> keys.authenticate("tsk_nope")))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining("ApiKeys.authenticate is done by the system only");
        assertThatThrownBy(() -> kernel.asActor(tenant, null, everything, () -> keys.authenticate("tsk_nope")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(keys.authenticate("tsk_nope")).as("the API key filter: nobody acts yet").isEmpty();
        assertThat(kernel.inTenant(tenant, () -> keys.authenticate("tsk_nope"))).as("system work").isEmpty();
    }

    @Test
    void onlyPlatformWorkProvisionsTenantsNotEvenATenantAdmin() {
        TenantProvisioning provisioning = kernel.bean(TenantProvisioning.class);
        Set<String> everything = Set.copyOf(kernel.bean(Roles.class).effectivePermissions(Set.of(Roles.ADMIN)));
        assertThatThrownBy(() -> kernel.asActor(tenant, member, everything, () -> provisioning.createTenant("grabbed", "Grabbed")))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageContaining(KernelPermissions.PLATFORM);
        assertThat(kernel.countAsSuperuser("select count(*) from tenants where slug = 'grabbed'")).isZero();

        assertThat(kernel.createTenant("by-platform-work").slug()).as("platform work passes").isEqualTo("by-platform-work");
    }

    private static long logged(String text) {
        return kernel.countAsSuperuser("select count(*) from guarded_log where text = ? and tenant_id = ?", text, tenant.id());
    }

    private static void awaitRow(String sql) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (kernel.countAsSuperuser(sql, tenant.id()) == 0) {
            assertThat(System.nanoTime()).as("a row for: " + sql).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
