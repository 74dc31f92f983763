package io.tessera.plugins.accounting.invoicing;

import io.tessera.plugins.accounting.common.Money;
import java.math.BigDecimal;
import java.util.List;

/**
 * Invoice arithmetic with explicit rounding: each line's net is quantity × unit price rounded half-up to
 * the currency's digits, its tax is net × rate / 100 rounded the same way, and the totals are the sums of
 * the rounded line amounts (so the document always equals the sum of its lines).
 *
 * <p>With a tax code whose prices include the tax, the unit price is gross: the line's gross is quantity × unit
 * price rounded half-up, its tax is gross × rate / (100 + rate) rounded half-up (per line, never per document), and
 * its net is gross − tax, so the line keeps exactly the gross amount the customer saw.
 */
final class InvoiceMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Line(BigDecimal net, BigDecimal tax) {
    }

    record Totals(BigDecimal subtotal, BigDecimal tax, BigDecimal total) {
    }

    private InvoiceMath() {
    }

    static Line line(BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRatePercent, String currency) {
        BigDecimal net = Money.round(quantity.multiply(unitPrice), currency);
        BigDecimal tax = Money.round(net.multiply(taxRatePercent).divide(HUNDRED), currency);
        return new Line(net, tax);
    }

    static Line lineIncluded(BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRatePercent, String currency) {
        BigDecimal gross = Money.round(quantity.multiply(unitPrice), currency);
        BigDecimal tax = gross.multiply(taxRatePercent)
                .divide(HUNDRED.add(taxRatePercent), Money.digits(currency), Money.ROUNDING);
        return new Line(gross.subtract(tax), tax);
    }

    static Totals totals(List<Line> lines, String currency) {
        BigDecimal subtotal = BigDecimal.ZERO.setScale(Money.digits(currency));
        BigDecimal tax = subtotal;
        for (Line line : lines) {
            subtotal = subtotal.add(line.net());
            tax = tax.add(line.tax());
        }
        return new Totals(subtotal, tax, subtotal.add(tax));
    }
}
