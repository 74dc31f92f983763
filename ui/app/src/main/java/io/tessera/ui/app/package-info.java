/**
 * The Vaadin application shell: sign-in, navigation from the tenant's enabled modules, consoles.
 */
package io.tessera.ui.app;
