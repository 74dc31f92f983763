package io.tessera.ui.kit.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.PartyPanel;
import io.tessera.ui.kit.RecordPanel;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContributionBoardTest {

    static List<String> cardTitles(ContributionBoard board) {
        return board.getElement().getChildren()
                .map(card -> card.getAttribute("aria-label")).toList();
    }

    static String cardText(ContributionBoard board, int index) {
        return board.getElement().getChild(index).getTextRecursively();
    }

    @Test
    void partyPanelsAreOrderedAndGetThePartyAndAFailingOneStaysInItsCard() {
        UUID party = UUID.randomUUID();
        ContributionBoard board = ContributionBoard.ofPartyPanels(List.of(
                new PartyPanel("invoices.panel", "invoices.read", id -> new Span("invoices of " + id), 30),
                new PartyPanel("pipeline.panel", "pipeline.read", id -> new Span("deals of " + id), 10),
                new PartyPanel("broken.panel", "broken.read", id -> {
                    throw new IllegalStateException("NPE deep inside, token=s3cr3t");
                }, 20),
                new PartyPanel("notes.panel", "notes.read", id -> new Span("notes"), 10)), party, key -> "T:" + key);

        assertThat(cardTitles(board)).containsExactly("T:pipeline.panel", "T:notes.panel", "T:broken.panel", "T:invoices.panel");
        assertThat(cardText(board, 0)).isEqualTo("T:pipeline.paneldeals of " + party);
        assertThat(cardText(board, 2)).contains("Something went wrong").doesNotContain("s3cr3t");
        assertThat(cardText(board, 3)).contains("invoices of " + party);
        assertThat(board.getElement().getChild(0).getAttribute("role")).isEqualTo("region");
        assertThat(board.getElement().getOuterHTML()).as("Aura leaves Lumo's properties undefined")
                .doesNotContain("--lumo-").contains("var(--vaadin-background-color");
    }

    @Test
    void recordPanelsAreOrderedAndGetTheRecord() {
        UUID record = UUID.randomUUID();
        ContributionBoard board = ContributionBoard.ofRecordPanels(List.of(
                new RecordPanel(RecordPanel.OPPORTUNITY, "sales.panel", "sales.read", id -> new Span("orders of " + id), 20),
                new RecordPanel(RecordPanel.OPPORTUNITY, "notes.panel", "notes.read", id -> new Span("notes of " + id), 10)),
                record, key -> "T:" + key);

        assertThat(cardTitles(board)).containsExactly("T:notes.panel", "T:sales.panel");
        assertThat(cardText(board, 1)).isEqualTo("T:sales.panelorders of " + record);
    }

    @Test
    void dashboardWidgetsKeepTheirOrderAndANullContentIsAProblemToo() {
        ContributionBoard board = ContributionBoard.ofWidgets(List.of(
                new DashboardWidget("a.widget", "a.read", () -> new Span("A")),
                new DashboardWidget("b.widget", "b.read", () -> (Component) null),
                new DashboardWidget("c.widget", "c.read", () -> new Span("C"))), key -> key.toUpperCase());

        assertThat(cardTitles(board)).containsExactly("A.WIDGET", "B.WIDGET", "C.WIDGET");
        assertThat(cardText(board, 1)).contains("Something went wrong");
        assertThat(cardText(board, 2)).endsWith("C");
    }
}
