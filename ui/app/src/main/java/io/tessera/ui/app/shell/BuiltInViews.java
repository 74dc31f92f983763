package io.tessera.ui.app.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.ui.app.admin.ApiKeysView;
import io.tessera.ui.app.admin.AuditLogView;
import io.tessera.ui.app.admin.BillingView;
import io.tessera.ui.app.admin.ExportView;
import io.tessera.ui.app.admin.ModulesView;
import io.tessera.ui.app.admin.SettingsView;
import io.tessera.ui.app.admin.UsersView;
import io.tessera.ui.app.parties.PartiesView;
import io.tessera.ui.app.platform.PlatformBillingView;
import io.tessera.ui.app.platform.PlatformPluginsView;
import io.tessera.ui.app.platform.PlatformTenantsView;
import io.tessera.ui.app.security.UiSession;
import io.tessera.ui.kit.NavGroup;
import java.util.List;

/** The shell's own pages in the side navigation, and who sees them. */
@org.springframework.stereotype.Component
class BuiltInViews {

    /**
     * One built-in entry.
     *
     * @param view       the view
     * @param labelKey   its label's message key
     * @param icon       its icon
     * @param group      its group, or null for the top of the menu
     * @param permission the tenant permission it needs, or null
     * @param platform   whether only the platform operator sees it
     */
    record Entry(Class<? extends Component> view, String labelKey, VaadinIcon icon, NavGroup group, String permission,
                 boolean platform) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry(DashboardView.class, "nav.dashboard", VaadinIcon.DASHBOARD, null, null, false),
            new Entry(PartiesView.class, "nav.contacts", VaadinIcon.GROUP, NavGroup.CRM, KernelPermissions.PARTIES_READ, false),
            new Entry(PlatformTenantsView.class, "nav.platform.tenants", VaadinIcon.BUILDING, null, null, true),
            new Entry(PlatformPluginsView.class, "nav.platform.plugins", VaadinIcon.PLUG, null, null, true),
            new Entry(PlatformBillingView.class, "nav.platform.billing", VaadinIcon.INVOICE, null, null, true),
            new Entry(ModulesView.class, "nav.admin.modules", VaadinIcon.PUZZLE_PIECE, NavGroup.ADMIN, KernelPermissions.TENANT_ADMIN, false),
            new Entry(BillingView.class, "nav.admin.billing", VaadinIcon.INVOICE, NavGroup.ADMIN, KernelPermissions.TENANT_ADMIN, false),
            new Entry(UsersView.class, "nav.admin.users", VaadinIcon.USERS, NavGroup.ADMIN, KernelPermissions.TENANT_ADMIN, false),
            new Entry(ApiKeysView.class, "nav.admin.api-keys", VaadinIcon.KEY, NavGroup.ADMIN, KernelPermissions.TENANT_ADMIN, false),
            new Entry(AuditLogView.class, "nav.admin.audit", VaadinIcon.RECORDS, NavGroup.ADMIN, KernelPermissions.TENANT_ADMIN, false),
            new Entry(SettingsView.class, "nav.admin.settings", VaadinIcon.COG, NavGroup.ADMIN, KernelPermissions.TENANT_ADMIN, false),
            new Entry(ExportView.class, "nav.admin.export", VaadinIcon.DOWNLOAD, NavGroup.ADMIN, KernelPermissions.TENANT_ADMIN, false));

    private final UiSession session;

    BuiltInViews(UiSession session) {
        this.session = session;
    }

    /** The entries of a group (null: the top of the menu) that the current user may open. */
    List<Entry> visible(NavGroup group) {
        boolean operator = session.isPlatformOperator();
        return ENTRIES.stream()
                .filter(e -> e.group() == group)
                .filter(e -> e.platform() == operator)
                .filter(e -> e.permission() == null || session.can(e.permission()))
                .toList();
    }
}
