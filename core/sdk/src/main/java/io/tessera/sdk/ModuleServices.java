package io.tessera.sdk;

import java.util.Optional;

/**
 * Looks up another module's published service (D13): an interface in its {@code io.tessera.plugins.<id>.api}
 * package, implemented by one of its components. The answer is empty when that module is not enabled for the
 * current tenant (or does not run healthy on this server), so an optional dependency is used only where the tenant
 * has turned it on. Inject it into a component.
 *
 * <p>Where the other module may be absent from the server, its API classes are absent too: name them only in a
 * class registered with {@link Components#whenPresent} (a small adapter implementing an interface of your own),
 * never in a class every host loads — see {@code plugins/leads}, {@code PipelineOpportunities}.
 */
public interface ModuleServices {

    /**
     * The published service of the module that owns {@code type}, for the current tenant.
     *
     * @param type an interface in a package {@code io.tessera.plugins.<id>.api} (or below it)
     * @param <T> the service type
     * @return the service when module {@code <id>} is enabled for the current tenant, else empty
     * @throws IllegalArgumentException when {@code type} is not in a module's published api package
     * @throws IllegalStateException when no tenant is in scope
     */
    <T> Optional<T> find(Class<T> type);

    /**
     * The id of the module whose published api package holds {@code type}.
     *
     * @param type a class in {@code io.tessera.plugins.<id>.api} or a package below it
     * @return the module id {@code <id>}
     * @throws IllegalArgumentException when {@code type} is not in a module's published api package
     */
    static String moduleOf(Class<?> type) {
        String name = type.getPackageName();
        String prefix = "io.tessera.plugins.";
        if (name.startsWith(prefix)) {
            String rest = name.substring(prefix.length());
            int dot = rest.indexOf('.');
            if (dot > 0 && (rest.substring(dot).equals(".api") || rest.substring(dot).startsWith(".api."))) {
                return rest.substring(0, dot);
            }
        }
        throw new IllegalArgumentException(type.getName() + " is not a published service: published services are "
                + "interfaces in a package io.tessera.plugins.<moduleId>.api");
    }
}
