/**
 * Permissions (D9/ASVS V4): the kernel's and every started module's, bundled into tenant roles, and
 * the one interceptor that checks them on every API handler — deny by default.
 */
package io.tessera.kernel.access;
