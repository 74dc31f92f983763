package io.tessera.plugins.accounting.reports;

import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tax report of a period: per tax code, sales and purchases, the taxable base and the tax of the confirmed invoices,
 * bills and credit notes dated in it (credit notes negative), in the base currency, with the documents behind each
 * figure. Each document's amounts per code are converted at the rate its journal entry was booked at and rounded
 * half-up, exactly as its tax line was posted (one tax line per code and document), so a code's tax equals the sum of
 * its posted tax lines. Lines with a free rate (tenants without codes) are shown under an empty code. Call inside a
 * transaction.
 */
public class TaxReport {

    private static final String QUERY = """
            select l.tax_code_id, c.code, c.name, c.rate, c.type, i.kind, i.credit_note, i.id, i.number, i.invoice_date,
                   i.party_id, i.currency, sum(l.net) as net, sum(l.tax) as tax,
                   (select max(x.rate) from acc_lines x where x.tenant_id = i.tenant_id and x.entry_id = i.entry_id
                       and x.currency = i.currency) as rate_booked
              from acc_invoices i
              join acc_invoice_lines l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
              left join acc_tax_codes c on c.tenant_id = l.tenant_id and c.id = l.tax_code_id
             where i.tenant_id = ? and i.state = 'POSTED' and i.invoice_date >= ? and i.invoice_date <= ?
             group by l.tax_code_id, c.code, c.name, c.rate, c.type, i.tenant_id, i.entry_id, i.kind, i.credit_note, i.id,
                      i.number, i.invoice_date, i.party_id, i.currency
             order by i.invoice_date, i.number
            """;

    private final TenantJdbc db;
    private final SettingsStore settings;

    TaxReport(TenantJdbc db, SettingsStore settings) {
        this.db = db;
        this.settings = settings;
    }

    /**
     * One document's part of a code's figures.
     *
     * @param invoiceId the invoice, bill or credit note
     * @param number    its number
     * @param date      its date
     * @param partyId   its party
     * @param currency  its currency
     * @param net       taxable base in its currency (negative for credit notes)
     * @param tax       tax in its currency (negative for credit notes)
     * @param baseNet   taxable base in the base currency
     * @param baseTax   tax in the base currency
     */
    public record Document(UUID invoiceId, String number, LocalDate date, UUID partyId, String currency, BigDecimal net,
                           BigDecimal tax, BigDecimal baseNet, BigDecimal baseTax) {
    }

    /**
     * One code's line of the report.
     *
     * @param type      {@code SALES} or {@code PURCHASE}
     * @param code      the code, empty for free rates
     * @param name      its name
     * @param rate      its rate, or {@code null}
     * @param base      the taxable base in the base currency
     * @param tax       the tax in the base currency
     * @param documents the documents behind it
     */
    public record Line(String type, String code, String name, BigDecimal rate, BigDecimal base, BigDecimal tax,
                       List<Document> documents) {
    }

    /**
     * The report.
     *
     * @param from         first day
     * @param to           last day
     * @param baseCurrency the currency of the figures
     * @param lines        per type (sales first) and code
     * @param salesTax     the sales codes' tax
     * @param purchaseTax  the purchase codes' tax
     * @param netTax       sales tax minus purchase tax: what is owed (negative: refundable)
     */
    public record Result(LocalDate from, LocalDate to, String baseCurrency, List<Line> lines, BigDecimal salesTax,
                         BigDecimal purchaseTax, BigDecimal netTax) {
    }

    /**
     * Computes the report in a transaction of its own (for the views).
     *
     * @param from first day
     * @param to   last day
     * @return the report
     */
    @io.tessera.sdk.security.RequiresPermission("accounting.read")
    public Result forPeriod(LocalDate from, LocalDate to) {
        return db.tx().write(() -> of(from, to));
    }

    /**
     * Computes the report.
     *
     * @param from first day
     * @param to   last day
     * @return the report
     */
    public Result of(LocalDate from, LocalDate to) {
        String base = settings.current().baseCurrency();
        BigDecimal zero = BigDecimal.ZERO.setScale(Money.digits(base));
        Map<String, List<Document>> byKey = new LinkedHashMap<>();
        Map<String, String[]> heads = new LinkedHashMap<>();
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        db.sql().sql(QUERY).params(db.tenant(), from, to).query((rs, n) -> {
            boolean customer = "CUSTOMER".equals(rs.getString("kind"));
            String type = rs.getString("type") != null ? rs.getString("type") : customer ? "SALES" : "PURCHASE";
            String code = rs.getString("code") == null ? "" : rs.getString("code");
            String key = type + "|" + code;
            heads.putIfAbsent(key, new String[] {type, code, rs.getString("name") == null ? "" : rs.getString("name")});
            if (rs.getBigDecimal("rate") != null) {
                rates.putIfAbsent(key, rs.getBigDecimal("rate").stripTrailingZeros());
            }
            BigDecimal sign = rs.getBoolean("credit_note") ? BigDecimal.ONE.negate() : BigDecimal.ONE;
            String currency = rs.getString("currency");
            BigDecimal booked = rs.getBigDecimal("rate_booked") == null ? BigDecimal.ONE : rs.getBigDecimal("rate_booked");
            BigDecimal net = rs.getBigDecimal("net").setScale(Money.digits(currency));
            BigDecimal tax = rs.getBigDecimal("tax").setScale(Money.digits(currency));
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Document(rs.getObject("id", UUID.class), rs.getString("number"),
                    rs.getObject("invoice_date", LocalDate.class), rs.getObject("party_id", UUID.class), currency,
                    net.multiply(sign), tax.multiply(sign), Money.round(net.multiply(booked), base).multiply(sign),
                    Money.round(tax.multiply(booked), base).multiply(sign)));
            return null;
        }).list();
        List<Line> lines = new ArrayList<>();
        BigDecimal sales = zero;
        BigDecimal purchases = zero;
        List<String> keys = new ArrayList<>(heads.keySet());
        keys.sort((a, b) -> {
            int byType = -a.split("\\|", -1)[0].compareTo(b.split("\\|", -1)[0]);
            return byType != 0 ? byType : a.compareTo(b);
        });
        for (String key : keys) {
            String[] head = heads.get(key);
            List<Document> docs = byKey.get(key);
            BigDecimal baseSum = docs.stream().map(Document::baseNet).reduce(zero, BigDecimal::add);
            BigDecimal taxSum = docs.stream().map(Document::baseTax).reduce(zero, BigDecimal::add);
            lines.add(new Line(head[0], head[1], head[2], rates.get(key), baseSum, taxSum, docs));
            if ("SALES".equals(head[0])) {
                sales = sales.add(taxSum);
            } else {
                purchases = purchases.add(taxSum);
            }
        }
        return new Result(from, to, base, lines, sales, purchases, sales.subtract(purchases));
    }
}
