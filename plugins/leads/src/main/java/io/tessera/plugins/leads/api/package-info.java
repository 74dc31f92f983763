/** The published API of the {@code leads} module: the events it publishes through the outbox. */
package io.tessera.plugins.leads.api;
