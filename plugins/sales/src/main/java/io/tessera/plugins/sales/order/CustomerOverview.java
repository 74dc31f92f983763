package io.tessera.plugins.sales.order;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer at a glance for the views — the figures of {@code GET /parties/{id}/summary} ({@link CustomerSummary} per
 * currency, and the credit limit's usage), read in one transaction.
 */
public class CustomerOverview {

    private final CustomerSummary summary;
    private final CreditCheck credit;
    private final TenantJdbc db;

    CustomerOverview(CustomerSummary summary, CreditCheck credit, TenantJdbc db) {
        this.summary = summary;
        this.credit = credit;
        this.db = db;
    }

    /**
     * One currency's figures.
     *
     * @param currency       the currency
     * @param openQuotations draft or sent quotations still valid
     * @param quoted         their total
     * @param openOrders     orders with something left to deliver or to invoice
     * @param toDeliver      net amount left to deliver
     * @param toInvoice      net amount left to invoice
     */
    public record Figures(String currency, long openQuotations, BigDecimal quoted, long openOrders, BigDecimal toDeliver,
                          BigDecimal toInvoice) {
    }

    /**
     * The credit limit and what uses it.
     *
     * @param limit    the limit
     * @param currency its currency
     * @param used     open receivables and the not yet invoiced part of open orders
     */
    public record Credit(BigDecimal limit, String currency, BigDecimal used) {
    }

    /**
     * The customer's overview.
     *
     * @param figures per currency, by currency code
     * @param credit  the credit limit, or empty when the customer has none
     */
    public record Overview(List<Figures> figures, Optional<Credit> credit) {
    }

    /**
     * Reads a customer's overview.
     *
     * @param partyId the customer
     * @return the figures
     */
    @RequiresPermission("sales.read")
    public Overview of(UUID partyId) {
        return db.tx().read(() -> new Overview(
                summary.of(partyId).stream().map(f -> new Figures(f.currency(), f.openQuotations(), f.quoted(), f.openOrders(),
                        f.toDeliver(), f.toInvoice())).toList(),
                credit.usage(partyId).map(u -> new Credit(u.limit(), u.currency(), u.openReceivables().add(u.openOrders())))));
    }
}
