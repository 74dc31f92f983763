package io.tessera.ui.app.shell;

import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.ui.kit.ContributionCheck;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavItem;
import io.tessera.ui.kit.PartyPanel;
import io.tessera.ui.kit.RecordPanel;
import io.tessera.ui.kit.RecordPanels;
import io.tessera.ui.kit.SearchProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The modules' UI contributions, read once at startup, and the ones the current user may use: only
 * those of modules enabled for the current tenant whose permission the user holds (D6).
 */
@Component
public class ModuleViews implements RecordPanels {

    private static final Logger log = LoggerFactory.getLogger(ModuleViews.class);

    /**
     * A navigation entry with the module it belongs to.
     *
     * @param moduleId the module
     * @param item     the entry
     */
    public record ModuleRoute(String moduleId, NavItem item) {
    }

    private final List<ModuleUi> modules;
    private final Map<Class<?>, ModuleRoute> byView = new HashMap<>();
    private final ModuleAccess access;

    /**
     * Reads every module UI once, refusing (and logging) those that break the kit's conventions.
     *
     * @param moduleUis the module UIs of the application context
     * @param access    the tenant's module states
     */
    public ModuleViews(ObjectProvider<ModuleUi> moduleUis, ModuleAccess access) {
        this.access = access;
        List<ModuleUi> accepted = new ArrayList<>();
        for (ModuleUi module : moduleUis.orderedStream().toList()) {
            List<String> problems = ContributionCheck.problems(module);
            if (!problems.isEmpty()) {
                // a broken plugin UI must not take the shell down: it is left out, and says why
                log.error("UI of module {} refused: {}", module.moduleId(), String.join("; ", problems));
                continue;
            }
            accepted.add(module);
            for (NavItem item : module.navigation()) {
                byView.put(item.view(), new ModuleRoute(module.moduleId(), item));
            }
        }
        this.modules = List.copyOf(accepted);
    }

    /** The module UIs that passed the kit's contribution check. */
    public List<ModuleUi> accepted() {
        return modules;
    }

    /** Every module route, whether or not the current tenant may use it (for registration at startup). */
    public List<ModuleRoute> allRoutes() {
        return List.copyOf(byView.values());
    }

    /** The module route a view class was registered for, if it is one. */
    public Optional<ModuleRoute> routeOf(Class<?> view) {
        return Optional.ofNullable(byView.get(view));
    }

    /** Menu entries the current user may open, in module order. */
    public List<ModuleRoute> visibleNavigation() {
        Set<String> enabled = enabledModules();
        List<ModuleRoute> visible = new ArrayList<>();
        for (ModuleUi module : modules) {
            if (!enabled.contains(module.moduleId())) {
                continue;
            }
            for (NavItem item : module.navigation()) {
                if (!item.hidden() && holds(item.permission())) {
                    visible.add(new ModuleRoute(module.moduleId(), item));
                }
            }
        }
        return visible;
    }

    /** Dashboard widgets the current user may see. */
    public List<DashboardWidget> visibleWidgets() {
        Set<String> enabled = enabledModules();
        return modules.stream().filter(m -> enabled.contains(m.moduleId()))
                .flatMap(m -> m.dashboardWidgets().stream())
                .filter(w -> holds(w.permission()))
                .toList();
    }

    /** Customer-360 panels the current user may see, in their declared order. */
    public List<PartyPanel> visiblePartyPanels() {
        Set<String> enabled = enabledModules();
        return modules.stream().filter(m -> enabled.contains(m.moduleId()))
                .flatMap(m -> m.partyPanels().stream())
                .filter(p -> holds(p.permission()))
                .sorted(java.util.Comparator.comparingInt(PartyPanel::order))
                .toList();
    }

    /** Panels of other modules for a record page that the current user may see, in their declared order. */
    @Override
    public List<RecordPanel> visible(String recordType) {
        Set<String> enabled = enabledModules();
        return modules.stream().filter(m -> enabled.contains(m.moduleId()))
                .flatMap(m -> m.recordPanels().stream())
                .filter(p -> p.recordType().equals(recordType) && holds(p.permission()))
                .sorted(java.util.Comparator.comparingInt(RecordPanel::order))
                .toList();
    }

    /**
     * A search provider with the module it belongs to.
     *
     * @param moduleId the module
     * @param provider the provider
     */
    public record ModuleSearch(String moduleId, SearchProvider provider) {
    }

    /** Search providers the current user may ask. */
    public List<ModuleSearch> visibleSearchProviders() {
        Set<String> enabled = enabledModules();
        return modules.stream().filter(m -> enabled.contains(m.moduleId()))
                .flatMap(m -> m.searchProviders().stream().map(p -> new ModuleSearch(m.moduleId(), p)))
                .filter(s -> holds(s.provider().permission()))
                .toList();
    }

    /** Whether the current user may open this module route now. */
    public boolean allowed(ModuleRoute route) {
        return holds(route.item().permission()) && access.isEnabled(route.moduleId());
    }

    private Set<String> enabledModules() {
        return TenantContext.tenant().isPresent() && !modules.isEmpty() ? access.enabled() : Set.of();
    }

    private static boolean holds(String permission) {
        Set<String> scopes = TenantContext.scopes();
        return TenantContext.tenant().isPresent() && scopes != null && scopes.contains(permission);
    }
}
