package io.tessera.kernel.access;

import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.security.SystemOnly;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ReflectionUtils;

/**
 * Matches the methods of services that declare {@link RequiresPermission} or {@link SystemOnly} on the method
 * or on the class (then every non-private method the class declares). Controllers are left to the REST interceptor and
 * Vaadin views to the route access checker: they are never advised here.
 */
final class ServicePermissionPointcut extends StaticMethodMatcherPointcut {

    private static final String VAADIN_COMPONENT = "com.vaadin.flow.component.Component";

    @Override
    public boolean matches(Method method, Class<?> targetClass) {
        return eligible(targetClass) && ruleOf(method, targetClass) != null;
    }

    /** Whether a bean of this class may be advised: a service, not a controller or a UI component. */
    static boolean eligible(Class<?> type) {
        return !AnnotatedElementUtils.hasAnnotation(type, Controller.class) && !isUiComponent(type);
    }

    /** Whether any method of the class (or the class itself) declares a permission or that it is system-only. */
    static boolean declaresRules(Class<?> type) {
        if (declares(type)) {
            return true;
        }
        boolean[] found = {false};
        ReflectionUtils.doWithMethods(type, m -> found[0] = true, m -> !found[0] && declares(m));
        return found[0];
    }

    /**
     * The rule for a call of the method on a bean of the target class, or {@code null} when it has none: the
     * method's own annotation, else its class's ({@link RequiresPermission} first in each).
     */
    static ServiceRule ruleOf(Method method, Class<?> targetClass) {
        if (method.getDeclaringClass() == Object.class || Modifier.isPrivate(method.getModifiers())) {
            return null;
        }
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        ServiceRule rule = ruleOn(specific);
        if (rule == null && !specific.isSynthetic() && !Modifier.isStatic(specific.getModifiers())) {
            rule = ruleOn(targetClass);
        }
        return rule;
    }

    private static ServiceRule ruleOn(AnnotatedElement element) {
        RequiresPermission permission = AnnotatedElementUtils.findMergedAnnotation(element, RequiresPermission.class);
        if (permission != null) {
            return ServiceRule.permission(permission.value());
        }
        return AnnotatedElementUtils.hasAnnotation(element, SystemOnly.class) ? ServiceRule.systemOnly() : null;
    }

    private static boolean declares(AnnotatedElement element) {
        for (Class<? extends Annotation> marker : List.of(RequiresPermission.class, SystemOnly.class)) {
            if (AnnotatedElementUtils.hasAnnotation(element, marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUiComponent(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(VAADIN_COMPONENT)) {
                return true;
            }
        }
        return false;
    }
}
