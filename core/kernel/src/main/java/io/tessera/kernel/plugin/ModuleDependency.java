package io.tessera.kernel.plugin;

/**
 * A dependency from a plugin's {@code Plugin-Dependencies} manifest entry.
 *
 * @param id       the plugin id depended on
 * @param versions the version constraint, {@code *} for any
 * @param optional whether the plugin works without it
 */
public record ModuleDependency(String id, String versions, boolean optional) {
}
