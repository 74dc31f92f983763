package io.tessera.kernel.access;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.security.PermissionDeniedException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;

/**
 * Checks, before a service method runs, the permission it (or its class) declares: trusted system work
 * passes, a signed-in user or API key must hold it ({@link Permissions#currentHolds}, the check REST
 * handlers use), and anyone else — including nobody at all — is refused (deny by default). A system-only
 * method ({@link io.tessera.sdk.security.SystemOnly}) refuses every call made while a user or an API key acts
 * outside system work; system work and the kernel's own threads (nobody acting) pass.
 */
final class ServicePermissionInterceptor implements MethodInterceptor {

    private final Supplier<Permissions> permissions;
    /** The rule of each advised method, resolved once (annotation lookup is reflection, calls are hot). */
    private final Map<MethodClassKey, Optional<ServiceRule>> rules = new ConcurrentHashMap<>();

    ServicePermissionInterceptor(Supplier<Permissions> permissions) {
        this.permissions = permissions;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Class<?> target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                : AopUtils.getTargetClass(invocation.getThis());
        Optional<ServiceRule> rule = rules.computeIfAbsent(new MethodClassKey(invocation.getMethod(), target),
                key -> Optional.ofNullable(ServicePermissionPointcut.ruleOf(invocation.getMethod(), target)));
        if (rule.isPresent() && rule.get().isSystemOnly()) {
            checkSystemWork(invocation.getMethod());
        } else if (rule.isPresent()) {
            check(rule.get().permission(), invocation.getMethod());
        }
        return invocation.proceed();
    }

    private static void checkSystemWork(Method method) {
        boolean principal = TenantContext.userId().isPresent() || TenantContext.scopes() != null;
        if (principal && !TenantContext.systemWork()) {
            throw new PermissionDeniedException("system", method.getDeclaringClass().getSimpleName() + "."
                    + method.getName() + " is done by the system only, not on behalf of a user or an API key");
        }
    }

    private void check(String permission, Method method) {
        if (TenantContext.systemWork()) {
            return;
        }
        boolean principal = TenantContext.userId().isPresent() || TenantContext.scopes() != null;
        if (!principal) {
            throw new PermissionDeniedException(permission, "Nobody is signed in: '" + permission
                    + "' is needed to " + method.getName() + " (" + method.getDeclaringClass().getSimpleName() + ")");
        }
        if (TenantContext.userId().isPresent() && TenantContext.mustChangePassword()) {
            throw new PermissionDeniedException(permission, "Your password was reset: change it before anything else");
        }
        if (!permissions.get().currentHolds(permission)) {
            throw new PermissionDeniedException(permission, "You need the permission '" + permission + "' to do this");
        }
    }
}
