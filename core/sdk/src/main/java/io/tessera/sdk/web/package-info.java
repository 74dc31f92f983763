/**
 * REST conventions for plugin controllers: {@link io.tessera.sdk.web.ApiProblem}, the error the kernel renders as
 * RFC 9457 problem+json, and {@link io.tessera.sdk.web.PageView}, the envelope of every paged list.
 */
package io.tessera.sdk.web;
