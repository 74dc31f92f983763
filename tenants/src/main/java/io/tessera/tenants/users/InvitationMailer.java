package io.tessera.tenants.users;

import io.tessera.kernel.account.Invitations;

/**
 * Delivers invitations to the invitee's mailbox. Optional: the embedded default has no mail server, so without a bean
 * of this type the invitation's token is returned to the inviting admin, who passes it on. With one, the token goes
 * only to the invited address and the admin's answer omits it — so the admin cannot accept on the invitee's behalf.
 */
public interface InvitationMailer {

    /**
     * Sends the invitation to {@link Invitations.Issued#email()}. Implementations must not log the token.
     *
     * @param tenant     the inviting tenant's slug
     * @param invitation the invitation, with its token
     * @throws RuntimeException if it cannot be sent; then no invitation is issued
     */
    void send(String tenant, Invitations.Issued invitation);
}
