/**
 * Which modules each tenant has enabled (D5) and the one place per entry point that enforces it
 * (D6): API paths {@code /api/v1/<moduleId>/…} of a module the tenant has not enabled answer 404;
 * events for such a module's listeners are not delivered.
 */
package io.tessera.kernel.module;
