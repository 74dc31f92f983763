package io.tessera.kernel.plugin;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Checks that every REST handler of a module lives under {@code /api/v1/<moduleId>} (D6): the path the module
 * enforcement filter hides when the tenant has not enabled the module. A handler mapped anywhere else would be
 * served to every tenant, so such a module is refused at boot.
 */
final class HandlerPaths {

    private HandlerPaths() {
    }

    /**
     * Throws unless every handler of the module's controllers is mapped under the module's prefix.
     *
     * @param moduleId   the module's id
     * @param components the module's components
     * @throws IllegalStateException naming every handler and path outside the prefix
     */
    static void requireUnderModulePrefix(String moduleId, List<Class<?>> components) {
        String prefix = "/api/v1/" + moduleId;
        List<String> outside = new ArrayList<>();
        for (Class<?> component : components) {
            if (!AnnotatedElementUtils.hasAnnotation(component, Controller.class)) {
                continue;
            }
            List<String> base = paths(AnnotatedElementUtils.findMergedAnnotation(component, RequestMapping.class));
            for (Method method : ReflectionUtils.getUniqueDeclaredMethods(component, ReflectionUtils.USER_DECLARED_METHODS)) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                for (String classPath : base) {
                    for (String methodPath : paths(mapping)) {
                        String path = combine(classPath, methodPath);
                        if (!path.equals(prefix) && !path.startsWith(prefix + "/")) {
                            outside.add(component.getSimpleName() + "." + method.getName() + " at '" + path + "'");
                        }
                    }
                }
            }
        }
        if (!outside.isEmpty()) {
            throw new IllegalStateException("REST handlers must be mapped under " + prefix + "/, so that the module's "
                    + "enablement applies to them; mapped elsewhere: " + String.join(", ", outside));
        }
    }

    /** The mapping's paths; none declared (or no mapping) is the empty path. */
    private static List<String> paths(RequestMapping mapping) {
        if (mapping == null || mapping.path().length == 0) {
            return List.of("");
        }
        return Arrays.asList(mapping.path());
    }

    /** Joins a class-level and a method-level path as Spring MVC does for literal paths, normalising "." and "..". */
    static String combine(String classPath, String methodPath) {
        String joined = (slash(classPath) + slash(methodPath)).replaceAll("/+", "/");
        List<String> segments = new ArrayList<>();
        for (String segment : joined.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
                continue;
            }
            segments.add(segment);
        }
        return "/" + String.join("/", segments);
    }

    private static String slash(String path) {
        String p = path.strip();
        return p.isEmpty() || p.startsWith("/") ? p : "/" + p;
    }
}
