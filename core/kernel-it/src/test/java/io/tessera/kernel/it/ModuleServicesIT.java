package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.sdk.TenantRef;
import io.tessera.sdk.audit.AuditLog;
import io.tessera.sdk.audit.AuditRecord;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * SDK services the kernel offers modules, on PostgreSQL as the application role: the audit log for records a module
 * writes without JPA, and the paged party search for pickers — both in the caller's transaction and tenant.
 */
class ModuleServicesIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    static TenantRef acme;
    static TenantRef globex;

    @BeforeAll
    static void tenants() {
        acme = kernel.createTenant("svc-acme");
        globex = kernel.createTenant("svc-globex");
    }

    @Test
    void theAuditLogWritesInTheCallersTransactionForItsTenantOnly() {
        AuditLog audit = kernel.bean(AuditLog.class);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("amount", "12.50");
        details.put("related", null);
        kernel.inTenant(acme, () -> {
            audit.recordAll(List.of(new AuditRecord("Thing", "t-1", "POST", details),
                    new AuditRecord("Thing", "t-2", "POST", Map.of())));
            audit.record("Thing", "t-3", "REVERSE", Map.of("of", "t-1"));
            return null;
        });
        assertThat(kernel.countAsSuperuser("select count(*) from audit_log a join tenants t on t.id = a.tenant_id "
                + "where t.slug = 'svc-acme' and a.entity_type = 'Thing'")).isEqualTo(3);
        assertThat(kernel.queryAsSuperuser("select changes from audit_log where entity_id = 't-1'"))
                .isEqualTo("{\"amount\":\"12.50\",\"related\":null}");
        assertThat(kernel.queryAsSuperuser("select coalesce(changes, 'none') from audit_log where entity_id = 't-2'")).isEqualTo("none");
        assertThat(kernel.countAsSuperuser("select count(*) from audit_log a join tenants t on t.id = a.tenant_id "
                + "where t.slug = 'svc-globex' and a.entity_type = 'Thing'")).isZero();

        // rolled back with the caller's work
        assertThatThrownBy(() -> kernel.inTenant(acme, () -> {
            audit.record(new AuditRecord("Thing", "t-rolled-back", "POST", Map.of()));
            throw new IllegalStateException("the change fails after its audit record");
        })).hasMessageContaining("fails after");
        assertThat(kernel.countAsSuperuser("select count(*) from audit_log where entity_id = 't-rolled-back'")).isZero();

        // never outside a transaction or a tenant
        assertThatThrownBy(() -> audit.record(new AuditRecord("Thing", "t-4", "POST", Map.of())))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
        assertThatThrownBy(() -> kernel.withoutTenant(() -> {
            audit.record(new AuditRecord("Thing", "t-5", "POST", Map.of()));
            return null;
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new AuditRecord(" ", "x", "POST", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partySearchPagesByNameOrEmailWithinTheTenant() {
        Parties parties = kernel.bean(Parties.class);
        kernel.inTenant(acme, () -> {
            parties.createCompany("Zeta Widgets", null, List.of("customer"));
            parties.createCompany("alpha widgets", "buy@alpha.test", List.of());
            parties.createCompany("Beta 100% Widgets", null, List.of());
            parties.createPerson("Walter Other", "walter@widgets.test", null, List.of());
            parties.createCompany("Unrelated", null, List.of());
            return null;
        });
        kernel.inTenant(globex, () -> parties.createCompany("Globex Widgets", null, List.of()));

        List<String> all = kernel.inTenant(acme, () -> names(parties.search("WIDGETS", 0, 10)));
        assertThat(all).containsExactly("alpha widgets", "Beta 100% Widgets", "Walter Other", "Zeta Widgets");
        assertThat(kernel.inTenant(acme, () -> names(parties.search("widgets", 1, 2))))
                .containsExactly("Beta 100% Widgets", "Walter Other");
        assertThat(kernel.inTenant(acme, () -> names(parties.search("100%", 0, 10)))).containsExactly("Beta 100% Widgets");
        assertThat(kernel.inTenant(acme, () -> parties.search("", 0, 200))).hasSize(5);
        assertThatThrownBy(() -> kernel.inTenant(acme, () -> parties.search("x", 0, 201)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kernel.inTenant(acme, () -> parties.search("x", -1, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(List<PartySummary> found) {
        return found.stream().map(PartySummary::name).toList();
    }
}
