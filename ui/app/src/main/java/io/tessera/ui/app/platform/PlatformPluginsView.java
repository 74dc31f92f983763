package io.tessera.ui.app.platform;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.plugin.InstalledModule;
import io.tessera.kernel.plugin.ModuleCatalog;
import io.tessera.ui.app.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** The plugins installed on this server: id, name, version, category, dependencies, state and why one failed. */
@Route(value = "platform/plugins", layout = MainLayout.class)
@RolesAllowed(PlatformTenantsView.PLATFORM_ROLE)
public class PlatformPluginsView extends VerticalLayout implements HasDynamicTitle {

    PlatformPluginsView(ModuleCatalog catalog) {
        setSizeFull();
        Grid<InstalledModule> grid = new Grid<>();
        grid.addColumn(InstalledModule::id).setHeader(getTranslation("plugins.id")).setAutoWidth(true);
        grid.addColumn(InstalledModule::name).setHeader(getTranslation("plugins.name")).setAutoWidth(true);
        grid.addColumn(m -> m.version().orElse("")).setHeader(getTranslation("plugins.version")).setAutoWidth(true);
        grid.addColumn(m -> m.category().map(Enum::name).orElse("")).setHeader(getTranslation("plugins.category"));
        grid.addColumn(m -> String.join(", ", m.dependencies().stream()
                .map(d -> d.optional() ? d.id() + "?" : d.id()).toList())).setHeader(getTranslation("plugins.dependencies"));
        grid.addColumn(m -> m.state().name()).setHeader(getTranslation("plugins.state")).setAutoWidth(true);
        grid.addColumn(m -> m.failure().orElse("")).setHeader(getTranslation("plugins.failure")).setFlexGrow(2);
        grid.setItems(catalog.all());
        grid.setAriaLabel(getTranslation("plugins.title"));
        add(new H2(getTranslation("plugins.title")), grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plugins.title") + " · " + getTranslation("app.name");
    }
}
