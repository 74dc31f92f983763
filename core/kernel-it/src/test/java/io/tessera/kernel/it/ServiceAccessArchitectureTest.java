package io.tessera.kernel.it;

import io.tessera.testkit.ServiceAccessRules;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every writing service method of the kernel declares the permission it needs (or that it is system-only). */
class ServiceAccessArchitectureTest {

    /**
     * A user changes their own password: the caller authenticates the user (their current password is checked
     * again), so no permission is needed and it is not system work either.
     */
    private static final String OWN_PASSWORD_CHANGE =
            "io.tessera.kernel.account.UserAccounts.changePassword(java.util.UUID, java.lang.String, java.lang.String)";

    /**
     * Accepting an invitation needs no permission: the holder of the invitation's secret, signed in as the invited
     * account when it exists, is the one who may; {@code Invitations.accept} checks exactly that.
     */
    private static final String INVITATION_ACCEPT =
            "io.tessera.kernel.account.Invitations.accept(java.lang.String, java.util.UUID, java.lang.String)";

    @Test
    void writingServiceMethodsDeclareAPermission() {
        Set<String> exceptions = Set.of(OWN_PASSWORD_CHANGE, INVITATION_ACCEPT);
        ServiceAccessRules.checkExcept(exceptions, "io.tessera.kernel");
    }
}
