package io.tessera.sdk.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST handler or a service method requires, checked on the server before it runs. On a
 * class it applies to every handler or public method without its own annotation.
 *
 * <p><b>REST handlers</b> ({@code @RestController}): checked before the handler runs; a handler without
 * an access rule is refused (deny by default).
 *
 * <p><b>Service methods</b> (any other component of the kernel or of a module, e.g. the service a
 * controller, a view or another module's listener calls): the kernel advises the bean and checks the
 * permission on every call through the bean, not only calls that come through REST. The call passes
 * when a signed-in user or an API key holds the permission, or when it runs as trusted system work the
 * kernel started (a {@link io.tessera.sdk.TenantTask}, an event delivery, a
 * {@link io.tessera.sdk.TenantInstaller}, demo data, tenant provisioning by the platform operator, a
 * {@linkplain PublicEndpoint public endpoint}'s handler). Otherwise — the actor lacks the permission,
 * or nobody acts at all — it throws {@link PermissionDeniedException} (403 on the API) and the method
 * does not run. Annotate every method that changes data; calls from within the same bean are not
 * checked again.
 *
 * <p>A tenant's {@code admin} role holds every permission; the {@code member} role holds those declared
 * {@linkplain io.tessera.sdk.Permission#grantedToMembers() granted to members}; an API key holds the
 * permissions named as its scopes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

    /**
     * The permission key, e.g. {@code pipeline.opportunity.write}.
     *
     * @return the key
     */
    String value();
}
