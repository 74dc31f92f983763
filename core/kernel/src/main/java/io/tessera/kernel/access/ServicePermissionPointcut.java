package io.tessera.kernel.access;

import io.tessera.sdk.security.RequiresPermission;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ReflectionUtils;

/**
 * Matches the methods of services that declare {@link RequiresPermission} on the method or on the class
 * (then every non-private method the class declares). Controllers are left to the REST interceptor and
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

    /** Whether any method of the class (or the class itself) declares a permission. */
    static boolean declaresRules(Class<?> type) {
        if (AnnotatedElementUtils.hasAnnotation(type, RequiresPermission.class)) {
            return true;
        }
        boolean[] found = {false};
        ReflectionUtils.doWithMethods(type, m -> found[0] = true,
                m -> !found[0] && AnnotatedElementUtils.hasAnnotation(m, RequiresPermission.class));
        return found[0];
    }

    /** The rule for a call of the method on a bean of the target class, or {@code null} when it has none. */
    static RequiresPermission ruleOf(Method method, Class<?> targetClass) {
        if (method.getDeclaringClass() == Object.class || Modifier.isPrivate(method.getModifiers())) {
            return null;
        }
        Method specific = AopUtils.getMostSpecificMethod(method, targetClass);
        RequiresPermission rule = AnnotatedElementUtils.findMergedAnnotation(specific, RequiresPermission.class);
        if (rule == null && !specific.isSynthetic() && !Modifier.isStatic(specific.getModifiers())) {
            rule = AnnotatedElementUtils.findMergedAnnotation(targetClass, RequiresPermission.class);
        }
        return rule;
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
