package io.tessera.plugins.accounting.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The views' live totals and "allocate oldest first", without a database. */
class ReceivablesTest {

    @Test
    void liveTotalsRoundPerLineLikeTheServiceAndIgnoreIncompleteLines() {
        List<Receivables.DraftLine> lines = new ArrayList<>(List.of(
                new Receivables.DraftLine("Consulting", new BigDecimal("3"), new BigDecimal("19.99"), new BigDecimal("20")),
                new Receivables.DraftLine("Travel", new BigDecimal("3"), new BigDecimal("2.3333"), new BigDecimal("20")),
                new Receivables.DraftLine("typing…", null, new BigDecimal("5"), null)));
        Receivables.Totals totals = Receivables.totals(lines, "EUR");
        assertThat(totals.net()).isEqualTo(new BigDecimal("66.97"));
        assertThat(totals.tax()).isEqualTo(new BigDecimal("13.39")); // 11.99 + 1.40, each line rounded
        assertThat(totals.gross()).isEqualTo(new BigDecimal("80.36"));
        // the same lines as the service computes them
        InvoiceMath.Totals service = InvoiceMath.totals(List.of(
                InvoiceMath.line(new BigDecimal("3"), new BigDecimal("19.99"), new BigDecimal("20"), "EUR"),
                InvoiceMath.line(new BigDecimal("3"), new BigDecimal("2.3333"), new BigDecimal("20"), "EUR")), "EUR");
        assertThat(totals.gross()).isEqualTo(service.total());
        // a currency without minor units rounds to whole units; no tax rate counts as zero
        Receivables.Totals yen = Receivables.totals(List.of(
                new Receivables.DraftLine("x", new BigDecimal("1.5"), new BigDecimal("101"), null)), "JPY");
        assertThat(yen.gross()).isEqualTo(new BigDecimal("152"));
        assertThat(Receivables.totals(List.of(), "EUR").gross()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void oldestFirstFillsDocumentsInOrderUpToTheirOpenAmountsAndSkipsCreditNotes() {
        InvoiceView oldest = doc(false, "100.00");
        InvoiceView credit = doc(true, "30.00");
        InvoiceView middle = doc(false, "80.00");
        InvoiceView newest = doc(false, "10.00");
        List<InvoiceView> open = List.of(oldest, credit, middle, newest);

        assertThat(Receivables.oldestFirst(new BigDecimal("150.00"), open)).containsExactly(
                new Receivables.Allocation(oldest.id(), new BigDecimal("100.00")),
                new Receivables.Allocation(middle.id(), new BigDecimal("50.00")));
        assertThat(Receivables.oldestFirst(new BigDecimal("500.00"), open)).extracting(Receivables.Allocation::amount)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("80.00"), new BigDecimal("10.00"));
        assertThat(Receivables.oldestFirst(BigDecimal.ZERO, open)).isEmpty();
    }

    private static InvoiceView doc(boolean creditNote, String open) {
        BigDecimal amount = new BigDecimal(open);
        return new InvoiceView(UUID.randomUUID(), "CUSTOMER", creditNote, null, "N", "POSTED", UUID.randomUUID(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "EUR", amount, BigDecimal.ZERO, amount, BigDecimal.ZERO, amount,
                null, 0, List.of());
    }
}
