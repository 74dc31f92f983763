package io.tessera.ui.app;

import static io.tessera.testsupport.browserless.KernelViews.currentView;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.party.Parties;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import io.tessera.ui.app.shell.MainLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every registered route — the shell's and a module's (a real plugin jar's view that names no title of its own) —
 * gives the page a document title, and an unknown or refused address shows a titled page inside the shell
 * (browserless, on PostgreSQL).
 */
class RouteTitlesIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().plugin(MemoPlugin.jar()).build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static TenantRef tenant;
    static UUID admin;
    static UUID partyId;

    @BeforeAll
    static void setUp() {
        KERNEL.provisionTenant("titles", PASSWORD);
        tenant = KERNEL.tenant("titles");
        admin = KERNEL.userId("admin@titles.test");
        KERNEL.enable(tenant, "memo");
        partyId = KERNEL.inTenant(tenant, () -> KERNEL.bean(TransactionTemplate.class).execute(s ->
                KERNEL.bean(Parties.class).createCompany("Titled Co", null, List.of()).id()));
    }

    @Test
    void everyRouteHasAPageTitle() {
        Map<String, String> titles = VIEWS.asUser(tenant, admin, "admin@titles.test", Roles.ADMIN, () -> {
            Map<String, String> seen = new LinkedHashMap<>();
            List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
            assertThat(routes).extracting(RouteData::getTemplate).contains("contacts", "memo/board");
            for (RouteData route : routes) {
                String location = route.getTemplate().replaceAll(":[^/]*\\?[^/]*", "")
                        .replaceAll(":[^/]+", partyId.toString()).replaceAll("/+$", "");
                navigate(location);
                seen.put(location, UI.getCurrent().getInternals().getTitle());
            }
            return seen;
        });
        List<String> untitled = new ArrayList<>();
        titles.forEach((location, title) -> {
            if (title == null || title.isBlank()) {
                untitled.add(location);
            }
        });
        assertThat(untitled).as("routes without a page title, of " + titles).isEmpty();
        assertThat(titles).containsEntry("memo/board", "Memo board · Tessera")
                .containsEntry("contacts", "Contacts and companies · Tessera")
                .containsEntry("parties/" + partyId, "Titled Co · Tessera");
    }

    @Test
    void anUnknownOrRefusedAddressShowsATitledPageInsideTheShell() {
        VIEWS.asUser(tenant, admin, "admin@titles.test", Roles.ADMIN, () -> {
            navigate("parties/" + UUID.randomUUID());
            assertThat(texts()).as(currentView().getClass().getName()).contains("Page not available");
            assertThat(find(MainLayout.class)).as("inside the shell").hasSize(1);
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not available · Tessera");

            // the platform console is refused to a tenant's admin, inside the shell as well
            navigate("platform/tenants");
            assertThat(currentView().getClass().getSimpleName()).isNotEqualTo("PlatformTenantsView");
            assertThat(texts()).as(currentView().getClass().getName()).contains("Page not available");
            assertThat(find(MainLayout.class)).hasSize(1);
        });
        // a detached module's view is refused the same way
        KERNEL.detach(tenant, "memo");
        try {
            VIEWS.asUser(tenant, admin, "admin@titles.test", Roles.ADMIN, () -> {
                navigate("memo/board");
                assertThat(texts()).as(currentView().getClass().getName()).contains("Page not available");
                assertThat(find(MainLayout.class)).hasSize(1);
            });
        } finally {
            KERNEL.enable(tenant, "memo");
        }
    }
}
