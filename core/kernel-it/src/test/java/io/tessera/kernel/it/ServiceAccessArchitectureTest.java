package io.tessera.kernel.it;

import io.tessera.testkit.ServiceAccessRules;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every writing service method of the kernel declares the permission it needs (or that it is system-only). */
class ServiceAccessArchitectureTest {

    /**
     * Known debt: {@code Accounts} opens its transactions with a hand-made template, so the rule cannot tell its
     * reads from its writes; these are its reads (and the self-service password change, which needs a signed-in
     * user rather than a permission). They go when {@code Accounts} is split along its seams (issue 11) and its
     * reads use {@code Transactions.read}; the check fails as soon as one of them no longer needs listing.
     */
    private static final Set<String> ACCOUNTS_READS = Set.of(
            "io.tessera.kernel.account.Accounts.changePassword(java.util.UUID, java.lang.String, java.lang.String)",
            "io.tessera.kernel.account.Accounts.findTenant(java.lang.String)",
            "io.tessera.kernel.account.Accounts.findUserByEmail(java.lang.String)",
            "io.tessera.kernel.account.Accounts.linkExternalSubject(java.util.UUID, java.lang.String)",
            "io.tessera.kernel.account.Accounts.membershipsOf(java.util.UUID)",
            "io.tessera.kernel.account.Accounts.tenants(int, int)");

    /**
     * Accepting an invitation needs no permission: the holder of the invitation's secret, signed in as the invited
     * account when it exists, is the one who may; {@code Invitations.accept} checks exactly that.
     */
    private static final String INVITATION_ACCEPT =
            "io.tessera.kernel.account.Invitations.accept(java.lang.String, java.util.UUID, java.lang.String)";

    @Test
    void writingServiceMethodsDeclareAPermission() {
        Set<String> exceptions = new HashSet<>(ACCOUNTS_READS);
        exceptions.add(INVITATION_ACCEPT);
        ServiceAccessRules.checkExcept(exceptions, "io.tessera.kernel");
    }
}
