/**
 * The kernel's start-up defaults and the banner it logs once started (database, plugins, the generated platform
 * credentials of an embedded start). Uses the plugin runtime and tenancy; used by security for the banner.
 */
package io.tessera.kernel.config;
