/**
 * The published API of the {@code pipeline} module: the {@link io.tessera.plugins.pipeline.api.Opportunities}
 * service other modules look up optionally (the module may be absent or not enabled for a tenant), and the
 * events it publishes through the outbox.
 */
package io.tessera.plugins.pipeline.api;
