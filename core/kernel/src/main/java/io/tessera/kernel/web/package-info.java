/**
 * REST conventions shared by the kernel and plugins: RFC 9457 problem+json for every error, and the
 * page envelope of list endpoints.
 */
package io.tessera.kernel.web;
