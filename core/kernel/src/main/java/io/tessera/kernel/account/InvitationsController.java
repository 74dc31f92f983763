package io.tessera.kernel.account;

import io.tessera.kernel.access.InvitationAcceptance;
import io.tessera.kernel.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/invitations/accept}: the invitee accepts a tenant's invitation — signed in (HTTP Basic) as the
 * invited account if it exists, or anonymously choosing the new account's password ({@link Invitations}).
 */
@RestController
class InvitationsController {

    private final Invitations invitations;

    InvitationsController(Invitations invitations) {
        this.invitations = invitations;
    }

    record Acceptance(String token, String password) {
    }

    record Joined(UUID userId, String email, String tenant) {
    }

    @PostMapping(InvitationAcceptance.PATH + "accept")
    @InvitationAcceptance
    Joined accept(@RequestBody Acceptance acceptance) {
        Invitations.Accepted accepted = invitations.accept(acceptance.token(), TenantContext.userId().orElse(null),
                acceptance.password());
        return new Joined(accepted.userId(), accepted.email(), accepted.tenant().slug());
    }
}
