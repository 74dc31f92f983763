/**
 * The platform operator's console: tenants (create, suspend, resume, delete with export) and the
 * installed plugins with version, state and failure cause. Only the platform operator opens it.
 */
package io.tessera.ui.app.platform;
