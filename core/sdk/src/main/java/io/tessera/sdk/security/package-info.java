/**
 * Access rules. Every REST handler of a module declares the permission it needs with
 * {@link io.tessera.sdk.security.RequiresPermission}; a handler without one is refused (deny by
 * default). The same annotation on a service method (or service class) makes the kernel check the
 * permission on every call of that method, whoever calls it; a refusal is a
 * {@link io.tessera.sdk.security.PermissionDeniedException}.
 */
package io.tessera.sdk.security;
