package io.tessera.sdk.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a service method (or every non-private method of a service class) that changes data only as work the
 * kernel starts — a {@link io.tessera.sdk.TenantTask}, an event delivery, a {@link io.tessera.sdk.TenantInstaller},
 * a {@linkplain PublicEndpoint public endpoint}'s handler, the kernel's own background threads — never on behalf
 * of a user or an API key. It is the deliberate, reviewable alternative to {@link RequiresPermission} for the
 * architecture rule {@code io.tessera.testkit.ServiceAccessRules}, and the kernel enforces it: a call through the
 * bean while a signed-in user or an API key acts outside system work throws {@link PermissionDeniedException}
 * and the method does not run. A method with both annotations is checked by {@link RequiresPermission}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface SystemOnly {

    /**
     * Why the method needs no permission: which system work calls it.
     *
     * @return the reason, e.g. {@code "the reminder task"}
     */
    String value();
}
