package io.tessera.kernel.access;

import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.security.PublicEndpoint;
import io.tessera.sdk.security.RequiresPermission;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks, before every API handler runs, the permission it declares; a handler that declares none is
 * refused (deny by default). Platform handlers are checked by the platform security chain instead.
 */
final class PermissionInterceptor implements HandlerInterceptor {

    private final Permissions permissions;

    PermissionInterceptor(Permissions permissions) {
        this.permissions = permissions;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (has(method, PlatformOperator.class)) {
            return true;
        }
        if (AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicEndpoint.class)) {
            if (!PublicPaths.isPublic(request.getRequestURI().substring(request.getContextPath().length()))) {
                throw new ApiProblem(HttpStatus.FORBIDDEN.value(), "A public endpoint must live under /api/v1/<module>/public/<key>/");
            }
            return true;
        }
        if (AnnotatedElementUtils.hasAnnotation(method.getMethod(), InvitationAcceptance.class)) {
            if (!request.getRequestURI().substring(request.getContextPath().length()).startsWith(InvitationAcceptance.PATH)) {
                throw new ApiProblem(HttpStatus.FORBIDDEN.value(), "Invitations are accepted under " + InvitationAcceptance.PATH
                        + " only");
            }
            return true;
        }
        if (TenantContext.userId().isPresent() && TenantContext.mustChangePassword()
                && !has(method, Authenticated.class)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN.value(),
                    "Your password was reset: change it with POST /api/v1/me/password before anything else");
        }
        if (has(method, Authenticated.class)) {
            if (TenantContext.userId().isEmpty()) {
                throw new ApiProblem(HttpStatus.FORBIDDEN.value(), "Only a signed-in user can do this, not an API key");
            }
            return true;
        }
        RequiresPermission rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresPermission.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresPermission.class);
        }
        if (rule == null) {
            throw new ApiProblem(HttpStatus.FORBIDDEN.value(), "This endpoint declares no access rule, so it is closed");
        }
        if (!permissions.currentHolds(rule.value())) {
            throw new ApiProblem(HttpStatus.FORBIDDEN.value(), "You need the permission '" + rule.value() + "' to do this");
        }
        return true;
    }

    private static boolean has(HandlerMethod method, Class<? extends Annotation> annotation) {
        return AnnotatedElementUtils.hasAnnotation(method.getMethod(), annotation)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), annotation);
    }
}
