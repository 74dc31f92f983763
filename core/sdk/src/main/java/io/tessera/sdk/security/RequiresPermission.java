package io.tessera.sdk.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a REST handler requires, checked on the server before it runs. On a class it applies
 * to every handler method without its own annotation.
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
