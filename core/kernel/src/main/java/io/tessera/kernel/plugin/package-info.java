/**
 * The plugin runtime: PF4J loads every plugin jar in {@code tessera.plugins.dir} before the
 * application context refreshes, broken plugins are marked FAILED with their cause, the schema is
 * migrated, and the healthy modules' components join the single application context.
 */
package io.tessera.kernel.plugin;
