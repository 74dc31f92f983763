/**
 * The UI's security: the session-based sign-in (form for local accounts and the platform operator, or
 * the kernel's OIDC login in Keycloak mode), session and header hardening, the binding of every UI
 * request to the tenant chosen for the session, and the one navigation access checker (D6).
 */
package io.tessera.ui.app.security;
