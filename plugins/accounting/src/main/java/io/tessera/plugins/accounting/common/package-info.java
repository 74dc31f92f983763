/**
 * Internal helpers shared by the accounting packages: problem responses, money rounding, retried
 * transactions and the current tenant. Not part of the module's published API.
 */
package io.tessera.plugins.accounting.common;
