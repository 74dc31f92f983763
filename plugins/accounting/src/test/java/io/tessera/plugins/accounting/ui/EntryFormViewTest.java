package io.tessera.plugins.accounting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountType;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.plugins.accounting.ledger.EntryView;
import io.tessera.plugins.accounting.ledger.Journal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entry form's live balance check, what it sends, and how a refusal is shown (browserless). */
@ViewPackages(packages = "io.tessera.plugins.accounting.ui")
class EntryFormViewTest extends BrowserlessTest {

    private static final Account CASH = new Account(UUID.randomUUID(), "1000", "Cash", AccountType.ASSET, null, null, true);
    private static final Account SALES = new Account(UUID.randomUUID(), "4000", "Sales", AccountType.INCOME, null, null, true);
    private static final Account OLD = new Account(UUID.randomUUID(), "4999", "Old", AccountType.INCOME, null, null, false);

    private final List<List<Journal.NewLine>> sent = new ArrayList<>();
    private RuntimeException refusal;
    private EntryFormView form;

    @BeforeEach
    void open() {
        form = new EntryFormView(() -> List.of(CASH, SALES, OLD), (date, description, lines, post) -> {
            if (refusal != null) {
                throw refusal;
            }
            sent.add(lines);
            return new EntryView(UUID.randomUUID(), post ? "POSTED" : "DRAFT", date, description, "manual", null, null,
                    null, "EUR", List.of(), null);
        });
        UI.getCurrent().add(form);
    }

    @Test
    void balanceFollowsTheTypingAndPostIsEnabledOnlyWhenBalanced() {
        EntryFormView.LineRow first = form.lineRows().get(0);
        EntryFormView.LineRow second = form.lineRows().get(1);
        assertThat(first.account.getListDataView().getItems()).containsExactly(CASH, SALES); // inactive not offered
        assertThat(test(form.postButton()).isUsable()).isFalse();

        test(first.account).selectItem("1000 Cash");
        test(first.debit).setValue(new BigDecimal("119.00"));
        assertThat(form.balanceText().getElement().getAttribute("data-balanced")).isEqualTo("false");
        assertThat(form.currentBalance().difference()).isEqualByComparingTo("119");
        assertThat(test(form.postButton()).isUsable()).isFalse();

        test(second.account).selectItem("4000 Sales");
        test(second.credit).setValue(new BigDecimal("100"));
        assertThat(test(form.postButton()).isUsable()).isFalse();
        EntryFormView.LineRow third = form.addLine();
        test(third.account).selectItem("4000 Sales");
        test(third.credit).setValue(new BigDecimal("19"));
        assertThat(form.balanceText().getElement().getAttribute("data-balanced")).isEqualTo("true");
        assertThat(test(form.postButton()).isUsable()).isTrue();

        test(form.descriptionField()).setValue("Cash sale");
        test(form.postButton()).click();
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst()).containsExactly(new Journal.NewLine("1000", new BigDecimal("119.00"), null),
                new Journal.NewLine("4000", null, new BigDecimal("100")), new Journal.NewLine("4000", null, new BigDecimal("19")));
        assertThat(form.lineRows()).hasSize(2); // cleared for the next entry
        assertThat(form.currentBalance().debit()).isEqualByComparingTo("0");
        assertThat(test(form.postButton()).isUsable()).isFalse();
    }

    @Test
    void removingALineRebalancesAndARefusalIsShownWithTheInputKept() {
        EntryFormView.LineRow first = form.lineRows().get(0);
        EntryFormView.LineRow second = form.lineRows().get(1);
        test(first.account).selectItem("1000 Cash");
        test(first.debit).setValue(new BigDecimal("50"));
        test(second.account).selectItem("4000 Sales");
        test(second.credit).setValue(new BigDecimal("50"));
        EntryFormView.LineRow extra = form.addLine();
        test(extra.debit).setValue(new BigDecimal("5"));
        assertThat(test(form.postButton()).isUsable()).isFalse();
        test(extra.remove).click();
        assertThat(form.lineRows()).hasSize(2);
        assertThat(test(form.postButton()).isUsable()).isTrue();

        refusal = ApiProblem.invalid("date", "is on or before the lock date 2026-12-31");
        test(form.postButton()).click();
        assertThat(sent).isEmpty();
        assertThat(form.problemPanel().isVisible()).isTrue();
        assertThat(form.problemPanel().getElement().getTextRecursively()).contains("lock date 2026-12-31");
        assertThat(form.lineRows()).hasSize(2);
        assertThat(form.lineRows().getFirst().debit.getValue()).isEqualByComparingTo("50");

        refusal = null;
        test(form.draftButton()).click();
        assertThat(sent).hasSize(1);
        assertThat(form.problemPanel().isVisible()).isFalse();
    }

    @Test
    void aDraftMayBeUnbalanced() {
        EntryFormView.LineRow first = form.lineRows().get(0);
        test(first.account).selectItem("1000 Cash");
        test(first.debit).setValue(new BigDecimal("1"));
        assertThat(test(form.draftButton()).isUsable()).isTrue();
        test(form.draftButton()).click();
        assertThat(sent).containsExactly(List.of(new Journal.NewLine("1000", new BigDecimal("1"), null)));
    }
}
