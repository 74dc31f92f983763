/**
 * Which modules each tenant has enabled (D5) and the one place per entry point that enforces it
 * (D6): API paths {@code /api/v1/<moduleId>/…} of a module the tenant has not enabled answer 404;
 * events for such a module's listeners are not delivered. {@link io.tessera.kernel.module.ModuleLifecycle} is the
 * one owner of enable, detach and a purge's state change, for the marketplace API, the admin UI, the demo tenant
 * and the test kit alike.
 */
package io.tessera.kernel.module;
