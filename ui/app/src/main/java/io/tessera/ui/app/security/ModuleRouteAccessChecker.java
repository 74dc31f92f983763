package io.tessera.ui.app.security;

import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import io.tessera.kernel.module.ModuleAccess;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.ui.app.shell.ModuleViews;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The one access checker of the UI (D6). A module's view (registered from its {@code ModuleUi}) opens
 * only for a signed-in user of a tenant that has the module enabled and who holds the entry's
 * permission. Every other view must declare its rule with Vaadin's annotations ({@code @PermitAll},
 * {@code @RolesAllowed}, {@code @AnonymousAllowed}) and may add a {@link RequiresPermission}; a view of
 * a module's class loader is refused while the module is not enabled. The menu asks the same rules.
 */
@Component
public class ModuleRouteAccessChecker implements NavigationAccessChecker {

    private final AnnotatedViewAccessChecker annotations = new AnnotatedViewAccessChecker();
    private final ModuleCatalog catalog;
    private final ModuleAccess modules;
    private final ModuleViews moduleViews;

    ModuleRouteAccessChecker(ModuleCatalog catalog, ModuleAccess modules, ModuleViews moduleViews) {
        this.catalog = catalog;
        this.modules = modules;
        this.moduleViews = moduleViews;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        Class<?> view = context.getNavigationTarget();
        Optional<ModuleViews.ModuleRoute> route = moduleViews.routeOf(view);
        if (route.isPresent()) {
            if (context.getPrincipal() == null) {
                return context.deny("Sign in first");
            }
            return moduleViews.allowed(route.get()) ? context.allow()
                    : context.deny("Module '" + route.get().moduleId() + "' is not enabled for this tenant, or permission '"
                    + route.get().item().permission() + "' is missing");
        }
        AccessCheckResult declared = annotations.check(context);
        if (declared.decision() != com.vaadin.flow.server.auth.AccessCheckDecision.ALLOW) {
            return declared;
        }
        return refusal(view).map(context::deny).orElse(declared);
    }

    /**
     * Why the current user may not open this annotated view beyond its annotation, if they may not.
     *
     * @param view a route target
     * @return the reason, or empty when module and permission allow it
     */
    public Optional<String> refusal(Class<?> view) {
        Optional<String> module = catalog.owning(view).map(InstalledModule::id);
        RequiresPermission permission = view.getAnnotation(RequiresPermission.class);
        if (module.isEmpty() && permission == null) {
            return Optional.empty();
        }
        if (TenantContext.tenant().isEmpty()) {
            return Optional.of("No tenant is selected for this session");
        }
        if (module.isPresent() && !modules.isEnabled(module.get())) {
            return Optional.of("Module '" + module.get() + "' is not enabled for this tenant");
        }
        Set<String> scopes = TenantContext.scopes();
        if (permission != null && (scopes == null || !scopes.contains(permission.value()))) {
            return Optional.of("Permission '" + permission.value() + "' is required");
        }
        return Optional.empty();
    }
}
