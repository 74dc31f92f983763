package io.tessera.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.sdk.ModuleCategory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContractTest {

    static final class SampleUi implements ModuleUi {
        @Override
        public String moduleId() {
            return "sample";
        }
    }

    static final class Unbundled implements ModuleUi {
        @Override
        public String moduleId() {
            return "unbundled";
        }
    }

    @Test
    void messagesResolveByTheKeysFirstSegmentWithEnglishFallbackAndArguments() {
        ModuleMessages messages = new ModuleMessages(List.of(new SampleUi()));

        assertThat(messages.find("sample.nav.board", Locale.ENGLISH)).contains("Board");
        assertThat(messages.find("sample.nav.board", Locale.GERMAN)).contains("Tafel");
        assertThat(messages.find("sample.nav.board", Locale.GERMANY)).contains("Tafel");
        assertThat(messages.find("sample.nav.board", Locale.FRENCH)).contains("Board");
        assertThat(messages.find("sample.only.english", Locale.GERMAN)).contains("Only in English");
        assertThat(messages.find("sample.greeting", Locale.GERMAN, "Ada", 1200))
                .contains("Hallo Ada, Sie haben 1.200 Geschäfte");
        assertThat(messages.find("sample.greeting", Locale.ENGLISH, "Ada", 1200))
                .contains("Hello Ada, you have 1,200 deals");
        assertThat(messages.find("kit.nav.group.admin", Locale.GERMAN)).contains("Verwaltung");
        assertThat(messages.find("sample.missing", Locale.ENGLISH)).isEmpty();
        assertThat(messages.find("other.nav.board", Locale.ENGLISH)).isEmpty();
        assertThat(messages.find("nodot", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aModuleWithoutBundleOrADuplicateIdIsRefusedAtStartup() {
        assertThatThrownBy(() -> new ModuleMessages(List.of(new Unbundled())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("i18n/unbundled.properties");
        assertThatThrownBy(() -> new ModuleMessages(List.of(new SampleUi(), new SampleUi())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample");
    }

    @Test
    void navItemsAreRelativeLowerCasePathsNamingTheirModule() {
        NavItem item = new NavItem("sample/board", Div.class, "sample.nav.board", VaadinIcon.GRID,
                NavGroup.CRM, "sample.read");
        assertThat(item.moduleSegment()).isEqualTo("sample");
        assertThat(item.hidden()).isFalse();
        assertThat(new NavItem("sample", Div.class, "k.k", VaadinIcon.GRID, NavGroup.CRM, "p.p").moduleSegment())
                .isEqualTo("sample");

        for (String bad : List.of("/sample/board", "Sample/board", "sample/", "", "sample//x", "sample/:id")) {
            assertThatThrownBy(() -> new NavItem(bad, Div.class, "k.k", VaadinIcon.GRID, NavGroup.CRM, "p.p"))
                    .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("route");
        }
        assertThatThrownBy(() -> new NavItem("sample", Div.class, " ", VaadinIcon.GRID, NavGroup.CRM, "p.p"))
                .hasMessageContaining("labelKey");
        assertThatThrownBy(() -> new NavItem("sample", Div.class, "k.k", VaadinIcon.GRID, NavGroup.CRM, null))
                .hasMessageContaining("permission");
    }

    @Test
    void navGroupsFollowModuleCategoriesAndHaveKitLabels() {
        assertThat(NavGroup.of(ModuleCategory.ERP)).isEqualTo(NavGroup.ERP);
        assertThat(NavGroup.of(ModuleCategory.PLATFORM)).isEqualTo(NavGroup.PLATFORM);
        ModuleMessages messages = new ModuleMessages(List.of());
        for (NavGroup group : NavGroup.values()) {
            assertThat(messages.find(group.labelKey(), Locale.ENGLISH)).as(group.name()).isPresent();
        }
    }

    @Test
    void searchHitsCarryEncodedQueryParameters() {
        SearchHit hit = new SearchHit("Acme & Co", null, "sample/deal/42", Map.of("tab", "a b"));
        assertThat(hit.subtitle()).isEmpty();
        assertThat(hit.queryParameters().getQueryString()).isEqualTo("tab=a%20b");
        assertThatThrownBy(() -> new SearchHit("x", "", "/abs")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchHit("", "", "a")).hasMessageContaining("title");
    }

    @Test
    void contributionsRequireTitlesPermissionsAndFactories() {
        DashboardWidget widget = new DashboardWidget("sample.widget", "sample.read", Div::new);
        assertThat(widget.factory().create()).isInstanceOf(Div.class);
        PartyPanel panel = new PartyPanel("sample.panel", "sample.read", id -> new Div(id.toString()), 10);
        assertThat(panel.order()).isEqualTo(10);
        assertThatThrownBy(() -> new DashboardWidget("sample.widget", "", Div::new))
                .hasMessageContaining("permission");
        assertThatThrownBy(() -> new PartyPanel("sample.panel", "sample.read", null, 0))
                .isInstanceOf(NullPointerException.class);
        ModuleUi defaults = new SampleUi();
        assertThat(defaults.navigation()).isEmpty();
        assertThat(defaults.dashboardWidgets()).isEmpty();
        assertThat(defaults.partyPanels()).isEmpty();
        assertThat(defaults.recordPanels()).isEmpty();
        assertThatThrownBy(() -> new RecordPanel(" ", "sample.panel", "sample.read", id -> new Div(), 0))
                .hasMessageContaining("recordType");
        assertThatThrownBy(() -> new RecordPanel(RecordPanel.OPPORTUNITY, "sample.panel", "sample.read", null, 0))
                .isInstanceOf(NullPointerException.class);
        assertThat(defaults.searchProviders()).isEmpty();
        assertThat(defaults.messageBundle()).isEqualTo("i18n.sample");
    }
}
