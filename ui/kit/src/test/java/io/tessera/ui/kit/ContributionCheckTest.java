package io.tessera.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionCheckTest {

    static class BoardView extends Div {
    }

    @Route("sample/annotated")
    static class AnnotatedView extends Div {
    }

    static final class GoodUi implements ModuleUi {
        @Override
        public String moduleId() {
            return "sample";
        }

        @Override
        public String messageBundle() {
            return "i18n.good";
        }

        @Override
        public List<NavItem> navigation() {
            return List.of(new NavItem("sample/board", BoardView.class, "sample.nav.board", VaadinIcon.GRID_BIG,
                    NavGroup.CRM, "sample.read"));
        }

        @Override
        public List<DashboardWidget> dashboardWidgets() {
            return List.of(new DashboardWidget("sample.widget", "sample.read", Div::new));
        }

        @Override
        public List<PartyPanel> partyPanels() {
            return List.of(new PartyPanel("sample.panel", "sample.read", id -> new Div(), 1));
        }

        @Override
        public List<RecordPanel> recordPanels() {
            return List.of(new RecordPanel(RecordPanel.OPPORTUNITY, "sample.panel", "sample.read", id -> new Div(), 1));
        }
    }

    static final class SloppyUi implements ModuleUi {
        @Override
        public String moduleId() {
            return "sample";
        }

        @Override
        public List<NavItem> navigation() {
            return List.of(
                    new NavItem("other/board", BoardView.class, "sample.nav.board", VaadinIcon.GRID_BIG, NavGroup.CRM, "sample.read"),
                    new NavItem("sample/annotated", AnnotatedView.class, "sample.nav.missing", VaadinIcon.GRID_BIG, NavGroup.CRM, "parties.read"),
                    new NavItem("sample/annotated", BoardView.class, "nav.board", VaadinIcon.GRID_BIG, NavGroup.CRM, "sample.read"));
        }

        @Override
        public List<RecordPanel> recordPanels() {
            return List.of(new RecordPanel(RecordPanel.OPPORTUNITY, "sample.record.missing", "pipeline.read", id -> new Div(), 1));
        }

        @Override
        public List<SearchProvider> searchProviders() {
            return List.of(new SearchProvider() {
                @Override
                public String permission() {
                    return "read";
                }

                @Override
                public List<SearchHit> search(String query, int limit) {
                    return List.of();
                }
            });
        }
    }

    @Test
    void aModuleFollowingTheConventionsHasNoProblems() {
        assertThat(ContributionCheck.problems(new GoodUi())).isEmpty();
    }

    @Test
    void everyBrokenConventionIsNamed() {
        assertThat(ContributionCheck.problems(new SloppyUi())).containsExactlyInAnyOrder(
                "route 'other/board' does not start with the module id 'sample'",
                "view " + AnnotatedView.class.getName() + " carries @Route; the shell registers it at 'sample/annotated'",
                "permission 'parties.read' does not start with 'sample.'",
                "route 'sample/annotated' is declared twice",
                "permission 'read' does not start with 'sample.'",
                "permission 'pipeline.read' does not start with 'sample.'",
                "message key 'sample.record.missing' is not in i18n.sample",
                "message key 'nav.board' does not start with 'sample.'",
                "message key 'sample.nav.missing' is not in i18n.sample",
                "message key 'nav.board' is not in i18n.sample",
                "i18n.sample_de: missing key sample.only.english");
    }
}
