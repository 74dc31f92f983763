package io.tessera.plugins.accounting.tax;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The tax codes seeded for each chart template. IFRS (EU-style VAT): standard, reduced and super-reduced rates, zero
 * rate, exempt and reverse charge, for sales (output VAT account) and purchases (input VAT account). US small business:
 * sales tax and purchase (use) tax without a rate — US rates depend on the jurisdiction, so the tenant sets one before
 * the code can be used — plus exempt codes.
 */
final class TaxTemplates {

    /**
     * One code of a template.
     *
     * @param code    code
     * @param name    name
     * @param type    SALES or PURCHASE
     * @param rate    rate, or {@code null} for none
     * @param account account code of the template's chart
     */
    record Entry(String code, String name, String type, BigDecimal rate, String account) {
    }

    static final Map<String, List<Entry>> BY_CHART = Map.of(
            "ifrs", List.of(
                    e("VAT20", "VAT 20 % (standard)", "SALES", "20", "3200"),
                    e("VAT10", "VAT 10 % (reduced)", "SALES", "10", "3200"),
                    e("VAT5", "VAT 5 % (super-reduced)", "SALES", "5", "3200"),
                    e("VAT0", "VAT 0 % (zero-rated)", "SALES", "0", "3200"),
                    e("EXEMPT", "Exempt from VAT", "SALES", "0", "3200"),
                    e("RC", "Reverse charge (customer accounts for VAT)", "SALES", "0", "3200"),
                    e("VAT20", "Input VAT 20 % (standard)", "PURCHASE", "20", "1350"),
                    e("VAT10", "Input VAT 10 % (reduced)", "PURCHASE", "10", "1350"),
                    e("VAT5", "Input VAT 5 % (super-reduced)", "PURCHASE", "5", "1350"),
                    e("VAT0", "Input VAT 0 % (zero-rated)", "PURCHASE", "0", "1350"),
                    e("EXEMPT", "Exempt from VAT", "PURCHASE", "0", "1350"),
                    e("RC", "Reverse charge (self-assessed)", "PURCHASE", "0", "1350")),
            "us-small-business", List.of(
                    e("SALESTAX", "Sales tax (set your jurisdiction's rate)", "SALES", null, "2200"),
                    e("EXEMPT", "Exempt from sales tax (resale or exempt customer)", "SALES", "0", "2200"),
                    e("USETAX", "Purchase tax (set your jurisdiction's rate)", "PURCHASE", null, "1400"),
                    e("EXEMPT", "No purchase tax", "PURCHASE", "0", "1400")));

    private TaxTemplates() {
    }

    private static Entry e(String code, String name, String type, String rate, String account) {
        return new Entry(code, name, type, rate == null ? null : new BigDecimal(rate), account);
    }
}
