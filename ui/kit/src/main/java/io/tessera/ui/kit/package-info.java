/**
 * The UI kit's contribution contract: how a module's user interface reaches the Tessera shell.
 *
 * <p>A plugin lists one {@link io.tessera.ui.kit.ModuleUi} component in its
 * {@code TesseraModule.components()}. The shell collects every {@code ModuleUi} bean at startup,
 * registers the views of its {@link io.tessera.ui.kit.NavItem}s as routes, and shows navigation,
 * {@link io.tessera.ui.kit.DashboardWidget dashboard widgets}, {@link io.tessera.ui.kit.PartyPanel
 * customer-360 panels} and {@link io.tessera.ui.kit.SearchProvider search results} only to users of
 * tenants that have the module enabled and who hold the contribution's permission.
 *
 * <p>Sub-packages hold the reusable components plugin views are built from (grid, form, charts,
 * kanban, progress, notifications). Plugins compile against this artifact with {@code provided}
 * scope; the shell supplies it at runtime.
 */
package io.tessera.ui.kit;
