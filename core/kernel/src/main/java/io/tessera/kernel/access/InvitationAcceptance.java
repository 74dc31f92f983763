package io.tessera.kernel.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the handler that accepts an invitation ({@code /api/v1/invitations/…}): open to anonymous callers (who set a
 * new account's password with the token) and to signed-in users (who accept for their own account), never to API
 * keys. The handler itself checks the token and who may use it; the annotation works only under
 * {@link #PATH}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface InvitationAcceptance {

    /** The only path prefix where the annotation opens a handler. */
    String PATH = "/api/v1/invitations/";
}
