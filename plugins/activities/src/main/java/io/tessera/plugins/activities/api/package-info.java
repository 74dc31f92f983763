/**
 * The published API of the {@code activities} module: the events it publishes through the outbox
 * ({@link io.tessera.plugins.activities.api.ActivityChanged}) and the services other modules look up optionally
 * (the module may be absent from the server or not enabled for a tenant):
 * {@link io.tessera.plugins.activities.api.LinkedActivities} (how many activities a module's records have) and
 * {@link io.tessera.plugins.activities.api.Timeline} (a note in a party's history).
 */
package io.tessera.plugins.activities.api;
