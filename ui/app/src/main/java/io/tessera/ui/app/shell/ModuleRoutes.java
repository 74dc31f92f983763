package io.tessera.ui.app.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import io.tessera.ui.kit.notify.Notifications;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When Vaadin starts: registers every module's views as routes inside the main layout (D10), and makes
 * the kit's problem notification every session's error handler, so that an exception escaping a view
 * is shown readably (and logged by Vaadin), never lost.
 */
@org.springframework.stereotype.Component
class ModuleRoutes implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ModuleRoutes.class);

    private final ModuleViews views;

    ModuleRoutes(ModuleViews views) {
        this.views = views;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.warn("Error in a view: {}", error.getThrowable().toString(), error.getThrowable());
            if (UI.getCurrent() != null) {
                Notifications.error(error.getThrowable());
            }
        }));
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        List<ModuleViews.ModuleRoute> moduleRoutes = views.allRoutes();
        for (ModuleViews.ModuleRoute route : moduleRoutes) {
            Class<? extends Component> view = route.item().view();
            routes.setRoute(route.item().route(), view, List.of(MainLayout.class));
            log.debug("UI route /{} of module {} -> {}", route.item().route(), route.moduleId(), view.getName());
        }
        log.info("UI: {} module route(s) registered", moduleRoutes.size());
    }
}
