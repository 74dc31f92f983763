/**
 * The application shell: the main layout (side navigation built from the tenant's enabled modules,
 * tenant switcher, global search, user menu), the dashboard, the search results and the profile page,
 * and the registration of the modules' views as routes at startup.
 */
package io.tessera.ui.app.shell;
