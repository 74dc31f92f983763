package io.tessera.testsupport.browserless;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.security.InteractiveSignIn;
import io.tessera.kernel.security.SignedInUser;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.ui.app.admin.ApiKeysView;
import io.tessera.ui.app.admin.AuditLogView;
import io.tessera.ui.app.admin.BillingView;
import io.tessera.ui.app.admin.ExportView;
import io.tessera.ui.app.admin.ModulesView;
import io.tessera.ui.app.admin.SettingsView;
import io.tessera.ui.app.admin.UsersView;
import io.tessera.ui.app.parties.PartiesView;
import io.tessera.ui.app.parties.PartyFormView;
import io.tessera.ui.app.platform.PlatformBillingView;
import io.tessera.ui.app.platform.PlatformPluginsView;
import io.tessera.ui.app.platform.PlatformTenantsView;
import io.tessera.ui.app.security.InvitationView;
import io.tessera.ui.app.security.LoginView;
import io.tessera.ui.app.shell.DashboardView;
import io.tessera.ui.app.shell.AccessDeniedView;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.app.shell.NotFoundView;
import io.tessera.ui.app.shell.PartyView;
import io.tessera.ui.app.shell.ProfileView;
import io.tessera.ui.app.shell.SearchView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests (Vaadin's browserless-test, no browser) against a running kernel: the shell's views
 * and those of the kernel's plugins (registered by the shell at startup) are created by the kernel's Spring
 * context, with the signed-in user's tenant bound as the UI's request filter binds it. The static finders
 * reach every component under the UI, slotted ones (a dialog's footer) included.
 *
 * <pre>{@code
 * static final KernelViews VIEWS = new KernelViews(KERNEL);
 * VIEWS.asUser(tenant, adminId, "admin@acme.test", Roles.ADMIN, () -> {
 *     KernelViews.navigate("pipeline/opportunities");
 *     assertThat(KernelViews.texts()).contains("Opportunities");
 * });
 * }</pre>
 */
public final class KernelViews {

    /** The shell's own routes; plugins' routes are added by the shell when the Vaadin service starts. */
    private static final Set<Class<? extends Component>> SHELL_ROUTES = Set.of(DashboardView.class, ModulesView.class,
            UsersView.class, ApiKeysView.class, AuditLogView.class, ExportView.class, SettingsView.class,
            PlatformTenantsView.class, PlatformPluginsView.class, ProfileView.class, SearchView.class, PartyView.class,
            PartiesView.class, PartyFormView.class, LoginView.class, InvitationView.class, BillingView.class,
            PlatformBillingView.class);

    private final TesseraKernelExtension kernel;

    /**
     * Views of a kernel (which boots before the test class's tests).
     *
     * @param kernel the kernel
     */
    public KernelViews(TesseraKernelExtension kernel) {
        this.kernel = kernel;
    }

    /**
     * A tenant's user to run views as.
     *
     * @param tenant the tenant
     * @param userId the user
     * @param email  the user's email
     * @param role   the user's role in the tenant
     */
    public record Member(TenantRef tenant, UUID userId, String email, String role) {
    }

    /**
     * The admin of a tenant that {@link TesseraKernelExtension#provisionTenant} created ({@code admin@<slug>.test}).
     *
     * @param slug the tenant's slug
     * @return the admin
     */
    public Member admin(String slug) {
        String email = "admin@" + slug + ".test";
        return new Member(kernel.tenant(slug), kernel.userId(email),
                email, Roles.ADMIN);
    }

    /**
     * Runs a body in a fresh UI as a tenant's user.
     *
     * @param member the user
     * @param body   what to do
     */
    public void as(Member member, Runnable body) {
        asUser(member.tenant(), member.userId(), member.email(), member.role(), body);
    }

    /**
     * A signed-in local user, as the kernel's security sees one.
     *
     * @param userId the user
     * @param email  the user's email
     */
    public record TestUser(UUID userId, String email) implements SignedInUser {
    }

    /**
     * Runs a body in a fresh UI as a tenant's user with one role.
     *
     * @param tenant the tenant
     * @param userId the user
     * @param email  the user's email
     * @param role   the user's role in the tenant, e.g. {@link Roles#ADMIN}
     * @param body   what to do
     */
    public void asUser(TenantRef tenant, UUID userId, String email, String role, Runnable body) {
        asUser(tenant, userId, email, role, () -> {
            body.run();
            return null;
        });
    }

    /**
     * Runs a body in a fresh UI as a tenant's user with one role.
     *
     * @param tenant the tenant
     * @param userId the user
     * @param email  the user's email
     * @param role   the user's role in the tenant
     * @param body   what to do
     * @param <T>    the result type
     * @return the body's result
     */
    public <T> T asUser(TenantRef tenant, UUID userId, String email, String role, Supplier<T> body) {
        Set<String> permissions = kernel.bean(Roles.class).effectivePermissions(Set.of(role));
        return inVaadin(userAuthentication(userId, email),
                new TenantContext.Actor(tenant, userId, Set.of(role), permissions), body);
    }

    /**
     * Runs a body in a fresh UI as the platform operator.
     *
     * @param body what to do
     * @param <T>  the result type
     * @return the body's result
     */
    public <T> T asOperator(Supplier<T> body) {
        return inVaadin(operatorAuthentication(), new TenantContext.Actor(null, null), body);
    }

    /**
     * The authentication of the platform operator.
     *
     * @return the authentication
     */
    public static Authentication operatorAuthentication() {
        return UsernamePasswordAuthenticationToken.authenticated("platform", null,
                List.of(new SimpleGrantedAuthority(InteractiveSignIn.PLATFORM_AUTHORITY)));
    }

    /**
     * The authentication of a signed-in local user.
     *
     * @param userId the user
     * @param email  the user's email
     * @return the authentication
     */
    public static Authentication userAuthentication(UUID userId, String email) {
        return UsernamePasswordAuthenticationToken.authenticated(new TestUser(userId, email), null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    /**
     * Runs a body in a fresh UI with an authentication and the kernel's tenant context bound.
     *
     * @param auth  the Spring Security authentication
     * @param actor the tenant context
     * @param body  what to do
     * @param <T>   the result type
     * @return the body's result
     */
    public <T> T inVaadin(Authentication auth, TenantContext.Actor actor, Supplier<T> body) {
        KernelInstantiatorFactory.context = kernel.context();
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            return bound(actor, () -> {
                MockVaadin.setup(new Routes(SHELL_ROUTES, Set.of(NotFoundView.class, AccessDeniedView.class), Set.<Class<? extends RouterLayout>>of(MainLayout.class),
                        true), UI::new, Set.of(KernelInstantiatorFactory.class, SecurityContextRequests.class));
                SecurityContextRequests.applyTo(VaadinRequest.getCurrent());
                try {
                    return body.get();
                } finally {
                    MockVaadin.tearDown();
                }
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Binds the actor as the kernel's tenant context around a call, as the UI's request filter does. */
    private static <T> T bound(TenantContext.Actor actor, Supplier<T> body) {
        List<T> result = new ArrayList<>(1);
        try {
            TenantContext.runAs(actor, () -> {
                result.add(body.get());
                return null;
            });
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        return result.getFirst();
    }

    // --- finders, for use inside a body

    /**
     * Navigates to a view class and fails unless it opened.
     *
     * @param view the view
     */
    public static void navigate(Class<? extends Component> view) {
        UI.getCurrent().navigate(view);
        if (!view.isInstance(currentView())) {
            throw new AssertionError("Expected " + view.getName() + " but " + currentView().getClass().getName() + " opened");
        }
    }

    /**
     * Navigates to a location (a route with its parameters and query, e.g. {@code leads/list} or
     * {@code search?q=wayne}), which is how a test reaches a plugin's views, whose classes live in the plugin.
     *
     * @param location the location, without a leading slash
     * @return the view that opened
     */
    public static Component navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
        return currentView();
    }

    /**
     * The view the router shows now.
     *
     * @return the view
     */
    public static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst();
    }

    /**
     * The side navigation's labels.
     *
     * @return the labels
     */
    public static List<String> menu() {
        return find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    /**
     * The button with an id.
     *
     * @param id the id
     * @return the button
     */
    public static Button button(String id) {
        return byId(Button.class, id).orElseThrow(() -> new AssertionError("No button #" + id));
    }

    /**
     * The component of a type with an id, anywhere under the UI.
     *
     * @param type the type
     * @param id   the id
     * @param <T>  the type
     * @return the component, if there is one
     */
    public static <T extends Component> Optional<T> byId(Class<T> type, String id) {
        return find(type).stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst();
    }

    /**
     * The component of a type with an id, anywhere under the UI; fails if there is none.
     *
     * @param type the type
     * @param id   the id
     * @param <T>  the type
     * @return the component
     */
    public static <T extends Component> T component(Class<T> type, String id) {
        return byId(type, id).orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " #" + id));
    }

    /**
     * The open dialog, after a round trip (a dialog attaches itself to the UI before the response).
     *
     * @return the dialog
     */
    public static Dialog openDialog() {
        MockVaadin.clientRoundtrip();
        return find(Dialog.class).stream().filter(Dialog::isOpened).findFirst()
                .orElseThrow(() -> new AssertionError("No open dialog"));
    }

    /**
     * The texts of the notifications shown so far in this UI, after a round trip (an opened notification attaches
     * itself to the UI before the response).
     *
     * @return the texts
     */
    public static List<String> notifications() {
        MockVaadin.clientRoundtrip();
        return find(Notification.class).stream().map(n -> n.getElement().getProperty("text")).filter(t -> t != null)
                .toList();
    }

    /**
     * The field (or other labelled component) of a type with a label, anywhere under the UI.
     *
     * @param type  the type, e.g. {@code TextField.class}
     * @param label the label as shown
     * @param <T>   the type
     * @return the component
     */
    public static <T extends Component & HasLabel> T labelled(Class<T> type, String label) {
        return find(type).stream().filter(c -> label.equals(c.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type.getSimpleName() + " labelled " + label));
    }

    /**
     * Chooses an item of a select by its {@code toString()}, e.g. the name of a plugin's enum constant (the test
     * cannot name a plugin's classes: they live in the plugin's class loader).
     *
     * @param select the select
     * @param item   the item's {@code toString()}
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void choose(Select<?> select, String item) {
        Select raw = select;
        raw.setValue(select.getListDataView().getItems().filter(i -> i != null && i.toString().equals(item)).findFirst()
                .orElseThrow(() -> new AssertionError("No item " + item + " in " + select.getLabel())));
    }

    /**
     * The text nodes under the UI.
     *
     * @return the texts, stripped, blank ones left out
     */
    public static List<String> texts() {
        return textsUnder(UI.getCurrent());
    }

    /**
     * The text nodes under a component, whatever slot they are in.
     *
     * @param root the component
     * @return the texts, stripped, blank ones left out
     */
    public static List<String> textsUnder(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root.getElement(), texts);
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
        virtualChildren(element).forEach(child -> collect(child, texts));
    }

    /**
     * Components of a type anywhere under the UI, slotted ones (a dialog's header and footer) included.
     *
     * @param type the type
     * @param <T>  the type
     * @return the components
     */
    @SuppressWarnings("unchecked")
    public static <T extends Component> List<T> find(Class<T> type) {
        Set<Component> all = Collections.newSetFromMap(new IdentityHashMap<>());
        components(UI.getCurrent().getElement(), all);
        return all.stream().filter(type::isInstance).map(c -> (T) c).toList();
    }

    private static void components(Element element, Set<Component> all) {
        element.getComponent().ifPresent(all::add);
        if (!element.isTextNode()) {
            element.getChildren().forEach(child -> components(child, all));
            virtualChildren(element).forEach(child -> components(child, all));
        }
    }

    /** A dialog's header and footer are virtual children of its element. */
    private static Stream<Element> virtualChildren(Element element) {
        List<Element> children = new ArrayList<>();
        element.getNode().getFeatureIfInitialized(VirtualChildrenList.class)
                .ifPresent(list -> list.iterator().forEachRemaining(node -> children.add(Element.get(node))));
        return children.stream();
    }

    /**
     * The items of every grid on the page, as their data providers give them.
     *
     * @return the items
     */
    public static List<Object> gridItems() {
        return find(Grid.class).stream().flatMap(g -> KernelViews.<Object>items(g).stream()).toList();
    }

    /**
     * All items of a grid, as its data provider gives them.
     *
     * @param grid the grid
     * @param <T>  the items' type, e.g. {@code Object} for a plugin's row (its class lives in the plugin)
     * @return the items
     */
    public static <T> List<T> items(Grid<?> grid) {
        return items(grid, 0, Integer.MAX_VALUE);
    }

    /**
     * A range of a grid's items, as its data provider gives them (a lazy grid asks its source for this range only).
     *
     * @param grid   the grid
     * @param offset the first row
     * @param limit  the most rows
     * @param <T>    the items' type
     * @return the items
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> List<T> items(Grid<?> grid, int offset, int limit) {
        Grid raw = grid;
        return (List<T>) raw.getDataCommunicator().getDataProvider().fetch(new Query<>(offset, limit, List.of(), null, null))
                .toList();
    }
}
