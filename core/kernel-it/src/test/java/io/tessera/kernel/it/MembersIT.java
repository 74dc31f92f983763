package io.tessera.kernel.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.kernel.account.Memberships;
import io.tessera.sdk.TenantRef;
import io.tessera.testkit.TesseraKernelExtension;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's {@link io.tessera.sdk.Members}: which users are active members of the current tenant. */
class MembersIT {

    static final String PASSWORD = "correct-horse-battery";

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().build();

    @Test
    void activeAmongAnswersOnlyTheCurrentTenantsActiveMembers() {
        TenantRef acme = kernel.createTenant("members-acme");
        TenantRef globex = kernel.createTenant("members-globex");
        UUID ann = kernel.createUser("ann@members.test", PASSWORD, acme);
        UUID ben = kernel.createUser("ben@members.test", PASSWORD, acme);
        UUID both = kernel.createUser("both@members.test", PASSWORD, acme, globex);
        UUID gus = kernel.createUser("gus@members.test", PASSWORD, globex);
        UUID stranger = UUID.randomUUID();
        kernel.inTenant(acme, () -> kernel.bean(Memberships.class).deactivate(ben));
        io.tessera.sdk.Members members = kernel.bean(io.tessera.sdk.Members.class);

        assertThat(kernel.inTenant(acme, () -> members.activeAmong(Arrays.asList(ann, ben, both, gus, stranger, null))))
                .containsExactlyInAnyOrder(ann, both);
        assertThat(kernel.inTenant(globex, () -> members.activeAmong(List.of(ann, ben, both, gus))))
                .containsExactlyInAnyOrder(both, gus);
        assertThat(kernel.inTenant(acme, () -> members.isActive(ann))).isTrue();
        assertThat(kernel.inTenant(acme, () -> members.isActive(ben))).as("deactivated").isFalse();
        assertThat(kernel.inTenant(acme, () -> members.isActive(gus))).as("another tenant's").isFalse();
        assertThat(kernel.inTenant(acme, () -> members.isActive(null))).isFalse();
        assertThat(kernel.inTenant(acme, () -> members.activeAmong(List.of()))).isEmpty();
        assertThatThrownBy(() -> kernel.withoutTenant(() -> members.activeAmong(List.of(ann))))
                .isInstanceOf(IllegalStateException.class);
    }
}
