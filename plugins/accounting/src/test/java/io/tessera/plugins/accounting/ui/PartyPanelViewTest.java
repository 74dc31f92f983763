package io.tessera.plugins.accounting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import io.tessera.plugins.accounting.invoicing.PartyAccounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer-360 panel shows balances per currency and the open documents, overdue ones marked (browserless). */
@ViewPackages(packages = "io.tessera.plugins.accounting.ui")
class PartyPanelViewTest extends BrowserlessTest {

    @Test
    void balancesAndOpenDocumentsAreListed() {
        PartyAccounts.Summary summary = new PartyAccounts.Summary(
                List.of(new PartyAccounts.Balance("EUR", new BigDecimal("119.00"), BigDecimal.ZERO.setScale(2),
                        new BigDecimal("19.00"), BigDecimal.ZERO.setScale(2))),
                List.of(new PartyAccounts.OpenDocument("INV-1", "CUSTOMER", LocalDate.of(2026, 1, 31), "EUR",
                                new BigDecimal("19.00"), true),
                        new PartyAccounts.OpenDocument("INV-2", "CUSTOMER", LocalDate.of(2099, 1, 31), "EUR",
                                new BigDecimal("100.00"), false)));
        PartyPanelView panel = new PartyPanelView(summary);
        UI.getCurrent().add(panel);
        Span balance = (Span) panel.getComponentAt(0);
        assertThat(balance.getText()).contains("accounting.panel.balance"); // no I18NProvider in a browserless unit test: the key shows
        assertThat(balance.getClassNames()).contains("accounting-party-balance");
        @SuppressWarnings("unchecked")
        Grid<PartyAccounts.OpenDocument> grid = (Grid<PartyAccounts.OpenDocument>) panel.getComponentAt(1);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).number()).isEqualTo("INV-1");
        assertThat(test(grid).getCellText(0, 3)).isNotBlank();
        assertThat(test(grid).getCellText(1, 3)).isEmpty();
    }

    @Test
    void aPartyWithoutDocumentsSaysSo() {
        PartyPanelView panel = new PartyPanelView(new PartyAccounts.Summary(List.of(), List.of()));
        assertThat(panel.getComponentCount()).isEqualTo(1);
        assertThat(panel.getComponentAt(0)).isInstanceOf(Span.class);
    }
}
