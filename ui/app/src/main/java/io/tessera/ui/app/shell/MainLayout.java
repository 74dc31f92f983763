package io.tessera.ui.app.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.tessera.kernel.account.MembershipView;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.ui.app.security.UiSession;
import io.tessera.ui.kit.NavGroup;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The frame around every signed-in page: the side navigation (built-in pages and the entries of the
 * tenant's enabled modules, grouped CRM / ERP / platform / admin), the tenant's name and switcher, the
 * global search box and the user's menu. A user who must change a temporary password is sent to the
 * profile page first.
 */
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UiSession session;
    private final ModuleViews moduleViews;
    private final BuiltInViews builtIn;
    private final VerticalLayout navHolder = new VerticalLayout();
    /** The page's one {@code <main>} landmark around the routed view (axe-core: landmark-one-main, region). */
    private final Main main = new Main();

    MainLayout(UiSession session, ModuleViews moduleViews, BuiltInViews builtIn, AuthenticationContext authentication) {
        this.session = session;
        this.moduleViews = moduleViews;
        this.builtIn = builtIn;
        setPrimarySection(Section.DRAWER);
        main.setSizeFull();
        main.getStyle().set("display", "block").set("box-sizing", "border-box");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu.toggle"));
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("padding-right", "1rem");
        Span title = new Span(session.currentMembership().map(MembershipView::tenantName)
                .orElse(session.isPlatformOperator() ? getTranslation("shell.platform") : getTranslation("app.name")));
        title.addClassName("tessera-tenant-name");
        title.getStyle().set("font-weight", "600").set("white-space", "nowrap");
        bar.add(title);
        Component switcher = tenantSwitcher();
        if (switcher != null) {
            bar.add(switcher);
        }
        Span spacer = new Span();
        bar.add(spacer);
        bar.setFlexGrow(1, spacer);
        if (TenantContext.tenant().isPresent()) {
            bar.add(searchBox());
        }
        bar.add(new UserMenu(session, authentication));
        addToNavbar(toggle, bar);
        VerticalLayout drawer = new VerticalLayout();
        drawer.setPadding(false);
        Span brand = new Span(getTranslation("app.name"));
        brand.getStyle().set("font-size", "1.375rem").set("font-weight", "700")
                .set("padding", "1rem");
        drawer.add(brand);
        navHolder.setPadding(false);
        navHolder.setSpacing(false);
        navHolder.add(navigation());
        drawer.add(navHolder);
        addToDrawer(drawer);
    }

    /** Rebuilds the side navigation, e.g. after a module was enabled or detached. */
    public void refreshNavigation() {
        navHolder.removeAll();
        navHolder.add(navigation());
    }

    private Component tenantSwitcher() {
        var user = session.user();
        if (user.isEmpty()) {
            return null;
        }
        List<MembershipView> tenants = session.reachableTenants(user.get());
        if (tenants.size() < 2) {
            return null;
        }
        Select<MembershipView> select = new Select<>();
        select.setAriaLabel(getTranslation("shell.tenant.switch"));
        select.setTooltipText(getTranslation("shell.tenant.switch"));
        select.setItems(tenants);
        select.setItemLabelGenerator(MembershipView::tenantName);
        session.currentMembership().ifPresent(select::setValue);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && session.switchTenant(e.getValue().tenant().slug())) {
                UI.getCurrent().getPage().setLocation(RouteConfiguration.forSessionScope().getUrl(DashboardView.class));
            }
        });
        return select;
    }

    private Component searchBox() {
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("shell.search.placeholder"));
        search.setAriaLabel(getTranslation("shell.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.addKeyPressListener(Key.ENTER, e -> {
            String text = search.getValue().strip();
            if (!text.isEmpty()) {
                UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", text));
            }
        });
        return search;
    }

    private Component navigation() {
        VerticalLayout navs = new VerticalLayout();
        navs.setPadding(false);
        navs.setSpacing(false);
        Map<NavGroup, List<SideNavItem>> grouped = new EnumMap<>(NavGroup.class);
        for (ModuleViews.ModuleRoute route : moduleViews.visibleNavigation()) {
            grouped.computeIfAbsent(route.item().group(), g -> new ArrayList<>())
                    .add(new SideNavItem(getTranslation(route.item().labelKey()), "/" + route.item().route(),
                            route.item().icon().create()));
        }
        SideNav main = new SideNav();
        main.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
        main.setWidthFull();
        for (BuiltInViews.Entry entry : builtIn.visible(null)) {
            main.addItem(item(entry));
        }
        navs.add(main);
        for (NavGroup group : NavGroup.values()) {
            List<SideNavItem> items = new ArrayList<>(grouped.getOrDefault(group, List.of()));
            // the shell's own pages of a group (contacts and companies in CRM) come before the modules' pages
            items.addAll(0, builtIn.visible(group).stream().map(this::item).toList());
            if (items.isEmpty()) {
                continue;
            }
            SideNav nav = new SideNav(getTranslation(group.labelKey()));
            nav.setCollapsible(true);
            nav.setWidthFull();
            items.forEach(nav::addItem);
            navs.add(nav);
        }
        return navs;
    }

    private SideNavItem item(BuiltInViews.Entry entry) {
        return new SideNavItem(getTranslation(entry.labelKey()), entry.view(), entry.icon().create());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (TenantContext.mustChangePassword() && event.getNavigationTarget() != ProfileView.class) {
            event.rerouteTo(ProfileView.class);
        }
    }

    /**
     * The document title of a view that names none of its own: Vaadin asks the first {@link HasDynamicTitle} of the
     * route chain, so a view's own title (dynamic or {@link PageTitle}) wins and this is the fallback — a module's view
     * gets the label of its navigation entry, so that every page has a title.
     */
    @Override
    public String getPageTitle() {
        Object view = UI.getCurrent() == null ? null
                : UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream().findFirst().orElse(null);
        if (view != null && view != this) {
            PageTitle declared = view.getClass().getAnnotation(PageTitle.class);
            if (declared != null) {
                return declared.value();
            }
            var route = moduleViews.routeOf(view.getClass());
            if (route.isPresent()) {
                return getTranslation(route.get().item().labelKey()) + " · " + getTranslation("app.name");
            }
        }
        return getTranslation("app.name");
    }

    /** Shows the routed view inside the shell's {@code <main>} element. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        super.showRouterLayoutContent(main);
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        if (oldContent != null && oldContent.getElement().getParent() == main.getElement()) {
            main.getElement().removeChild(oldContent.getElement());
        }
    }
}
