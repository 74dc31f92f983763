/**
 * Access rules for plugin endpoints. Every REST handler of a module declares the permission it needs
 * with {@link io.tessera.sdk.security.RequiresPermission}; a handler without one is refused (deny by
 * default).
 */
package io.tessera.sdk.security;
