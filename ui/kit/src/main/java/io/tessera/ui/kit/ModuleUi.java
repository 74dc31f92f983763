package io.tessera.ui.kit;

import java.util.List;

/**
 * The user interface a module contributes to the Tessera shell.
 *
 * <p>A plugin implements this interface in one Spring component and lists that class in its
 * {@code TesseraModule.components()}. The shell reads every {@code ModuleUi} bean once at startup:
 * it registers the {@linkplain NavItem#view() views} of the {@link #navigation() navigation} as routes
 * and, per request, shows each contribution only when the current tenant has the module enabled and
 * the user holds the contribution's permission (one access checker, decision D6). Contributions are
 * therefore static descriptions: they must not depend on the current tenant or user; their factories
 * are called in the request (tenant) scope.
 *
 * <h2>Messages</h2>
 * Every label is a message key. A module ships its own bundle, English as the base file and German
 * as {@code _de}, inside its plugin jar under the base name {@link #messageBundle()} (by default
 * {@code i18n/<moduleId>.properties} and {@code i18n/<moduleId>_de.properties}, UTF-8). Its keys begin
 * with the module id followed by a dot ({@code pipeline.nav.board}); the shell's single
 * {@code I18NProvider} resolves a key through {@link ModuleMessages}, which loads the bundle of the
 * module named by the key's first segment with that module's class loader.
 */
public interface ModuleUi {

    /**
     * The id of the module this UI belongs to; the same as the plugin id in its manifest.
     *
     * @return the module id, e.g. {@code pipeline}
     */
    String moduleId();

    /**
     * The module's entries in the side navigation. Each entry's view is registered as a route; a
     * view reachable only by links (a detail page) is still listed here, with
     * {@link NavItem#hidden()} set.
     *
     * @return navigation entries in display order within their group; empty by default
     */
    default List<NavItem> navigation() {
        return List.of();
    }

    /**
     * Widgets for the home dashboard.
     *
     * @return widgets in display order; empty by default
     */
    default List<DashboardWidget> dashboardWidgets() {
        return List.of();
    }

    /**
     * Panels for the customer-360 page of a party.
     *
     * @return panels, which the shell orders by {@link PartyPanel#order()}; empty by default
     */
    default List<PartyPanel> partyPanels() {
        return List.of();
    }

    /**
     * Panels for other modules' record pages (e.g. {@link RecordPanel#OPPORTUNITY}).
     *
     * @return panels, which the page orders by {@link RecordPanel#order()}; empty by default
     */
    default List<RecordPanel> recordPanels() {
        return List.of();
    }

    /**
     * Providers answering the global search box.
     *
     * @return search providers; empty by default
     */
    default List<SearchProvider> searchProviders() {
        return List.of();
    }

    /**
     * The base name of the module's message bundle, resolved with this class's class loader (that
     * is, inside the plugin jar). The default, {@code i18n.<moduleId>}, names
     * {@code i18n/<moduleId>.properties} (English) and {@code i18n/<moduleId>_de.properties}.
     *
     * @return a {@link java.util.ResourceBundle} base name
     */
    default String messageBundle() {
        return "i18n." + moduleId();
    }
}
