/**
 * The accounting module's published API: the events it publishes through the kernel's outbox. Other
 * modules may depend on these types; everything else in the plugin is internal.
 */
package io.tessera.plugins.accounting.api;
