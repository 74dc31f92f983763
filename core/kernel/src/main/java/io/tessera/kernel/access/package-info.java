/**
 * Permissions (D9/ASVS V4): the kernel's and every started module's, bundled into tenant roles, and
 * the one interceptor that checks them on every API handler — deny by default ({@link
 * io.tessera.kernel.access.PublicPaths} excepted, which public keys serve). Uses tenancy and the plugin runtime.
 */
package io.tessera.kernel.access;
