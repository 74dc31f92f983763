package io.tessera.sdk.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST handler that anyone may call without signing in, such as a web form's submission. It must be
 * mapped under {@code /api/v1/<moduleId>/public/{key}/…}: the kernel finds the tenant by the
 * {@linkplain io.tessera.sdk.PublicKeys public key} in the path (never by a header), answers 404 for an
 * unknown key or a module the tenant has not enabled, and runs the handler in that tenant's scope with no
 * user and no permissions. Anywhere else the annotation is refused. Guard such handlers against abuse
 * (rate limits, honeypot fields): they are open to the internet.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicEndpoint {
}
