/**
 * Public keys: they route anonymous requests ({@code /api/v1/<moduleId>/public/<key>/…}) to the tenant and
 * module that issued them, and the filter that binds that tenant for such requests.
 */
package io.tessera.kernel.publickey;
