/**
 * The OpenAPI document of the whole API (D12), served at {@code /v3/api-docs}: kernel, tenants and plugin
 * controllers alike (all are registered in the one application context), with the security schemes and the
 * problem+json error responses every endpoint may answer.
 */
package io.tessera.kernel.openapi;
