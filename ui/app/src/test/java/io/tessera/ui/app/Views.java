package io.tessera.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.router.RouterLayout;
import io.tessera.kernel.security.SignedInUser;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.testsupport.browserless.KernelInstantiatorFactory;
import io.tessera.testsupport.browserless.SecurityContextRequests;
import io.tessera.ui.app.admin.ApiKeysView;
import io.tessera.ui.app.admin.AuditLogView;
import io.tessera.ui.app.admin.ExportView;
import io.tessera.ui.app.admin.ModulesView;
import io.tessera.ui.app.admin.SettingsView;
import io.tessera.ui.app.admin.UsersView;
import io.tessera.ui.app.platform.PlatformPluginsView;
import io.tessera.ui.app.platform.PlatformTenantsView;
import io.tessera.ui.app.security.LoginView;
import io.tessera.ui.app.shell.DashboardView;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.app.shell.PartyView;
import io.tessera.ui.app.shell.ProfileView;
import io.tessera.ui.app.shell.SearchView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Helpers of the browserless view tests: run a body in a mocked Vaadin UI as a user or the operator
 * (the real views from the kernel's context), and find components, texts, grid items and notifications.
 */
final class Views {

    private Views() {
    }

    record TestUser(UUID userId, String email) implements SignedInUser {
    }

    static Authentication userAuthentication(UUID userId, String email) {
        return UsernamePasswordAuthenticationToken.authenticated(new TestUser(userId, email), null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    static Authentication operatorAuthentication() {
        return UsernamePasswordAuthenticationToken.authenticated("platform", null,
                List.of(new SimpleGrantedAuthority(io.tessera.kernel.security.InteractiveSignIn.PLATFORM_AUTHORITY)));
    }

    /** Runs the body in a fresh mocked UI (its init listeners fired) as the actor, signed in as {@code auth}. */
    static <T> T inVaadin(Authentication auth, TenantContext.Actor actor, Supplier<T> body) {
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            List<T> result = new ArrayList<>(1);
            try {
                TenantContext.runAs(actor, () -> {
                    MockVaadin.setup(new Routes(Set.of(DashboardView.class, ModulesView.class, UsersView.class,
                            ApiKeysView.class, AuditLogView.class, ExportView.class, SettingsView.class,
                            PlatformTenantsView.class, PlatformPluginsView.class, ProfileView.class, SearchView.class,
                            PartyView.class, LoginView.class), Set.of(),
                            Set.<Class<? extends RouterLayout>>of(MainLayout.class), true),
                            UI::new, Set.of(KernelInstantiatorFactory.class, SecurityContextRequests.class));
                    SecurityContextRequests.applyTo(com.vaadin.flow.server.VaadinRequest.getCurrent());
                    try {
                        result.add(body.get());
                    } finally {
                        MockVaadin.tearDown();
                    }
                    return null;
                });
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            return result.getFirst();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void navigate(Class<? extends Component> view) {
        UI.getCurrent().navigate(view);
        assertThat(currentView()).isInstanceOf(view);
    }

    static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    static List<String> menu() {
        return find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    static Button button(String id) {
        return find(Button.class).stream().filter(b -> b.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no button #" + id));
    }

    static <T extends Component> T byId(Class<T> type, String id) {
        return find(type).stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " #" + id));
    }

    static Dialog openDialog() {
        MockVaadin.clientRoundtrip();
        return find(Dialog.class).stream().filter(Dialog::isOpened).findFirst()
                .orElseThrow(() -> new AssertionError("no open dialog"));
    }

    /** The texts of the notifications shown so far in this UI. */
    static List<String> notifications() {
        MockVaadin.clientRoundtrip(); // an opened notification attaches itself to the UI before the response
        return find(Notification.class).stream().map(n -> n.getElement().getProperty("text")).filter(t -> t != null)
                .toList();
    }

    static List<String> texts() {
        return textsUnder(UI.getCurrent());
    }

    static List<String> textsUnder(Component root) {
        List<String> texts = new ArrayList<>();
        walk(root).forEach(c -> collect(c.getElement(), texts));
        return texts;
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            if (!element.getText().isBlank()) {
                texts.add(element.getText().strip());
            }
            return;
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    /** Components of a type anywhere under the UI, slotted and virtual ones (dialog footers) included. */
    @SuppressWarnings("unchecked")
    static <T extends Component> List<T> find(Class<T> type) {
        Set<Component> all = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(UI.getCurrent()).forEach(c -> components(c.getElement(), all));
        return all.stream().filter(type::isInstance).map(c -> (T) c).toList();
    }

    private static void components(Element element, Set<Component> all) {
        element.getComponent().ifPresent(all::add);
        if (!element.isTextNode()) {
            element.getChildren().forEach(child -> components(child, all));
            element.getNode().getFeatureIfInitialized(VirtualChildrenList.class)
                    .ifPresent(list -> list.iterator().forEachRemaining(node -> components(Element.get(node), all)));
        }
    }

    private static Stream<Component> walk(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(Views::walk));
    }

    /** The items of a grid. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> List<T> items(Grid grid) {
        return (List<T>) grid.getDataCommunicator().getDataProvider().fetch(new Query<>()).toList();
    }

    /** Waits, bounded, for background work of the UI to finish, running what it queued for the UI. */
    static void await(BooleanSupplier done, String what) {
        for (int i = 0; i < 600 && !done.getAsBoolean(); i++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(done.getAsBoolean()).as(what).isTrue();
        MockVaadin.runUIQueue();
        MockVaadin.clientRoundtrip();
    }
}
