package io.tessera.tenants.modules;

import java.util.List;

/**
 * A module as the tenant admin sees it.
 *
 * @param id               module id
 * @param name             module name
 * @param category         CRM, ERP or PLATFORM (null when the plugin could not be read)
 * @param description      what it does
 * @param version          installed version
 * @param state            AVAILABLE, ENABLED, DETACHED, or UNAVAILABLE when the plugin failed on this server
 * @param failure          why it is unavailable
 * @param dependencies     modules it requires
 * @param enabledDependents this tenant's enabled modules that require it
 */
public record ModuleStatus(String id, String name, String category, String description, String version, String state,
                    String failure, List<String> dependencies, List<String> enabledDependents) {
}
