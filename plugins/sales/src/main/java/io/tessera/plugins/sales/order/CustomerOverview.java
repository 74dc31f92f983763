package io.tessera.plugins.sales.order;

import io.tessera.plugins.sales.common.Amounts;
import io.tessera.plugins.sales.common.Problems;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.math.BigDecimal;
import java.time.LocalDate;
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
     * An open order past the delivery date promised to the customer, with something left to deliver.
     *
     * @param orderId      the order
     * @param number       its number
     * @param promisedDate the date promised
     * @param currency     its currency
     * @param toDeliver    net amount left to deliver
     */
    public record LateOrder(UUID orderId, String number, LocalDate promisedDate, String currency, BigDecimal toDeliver) {
    }

    /**
     * The customer's overview.
     *
     * @param figures per currency, by currency code
     * @param credit  the credit limit, or empty when the customer has none
     * @param late    late orders, the longest overdue first (at most {@value #LATE_SHOWN})
     */
    public record Overview(List<Figures> figures, Optional<Credit> credit, List<LateOrder> late) {
    }

    /** How many late orders the overview lists. */
    public static final int LATE_SHOWN = 10;

    /**
     * Sets or removes a customer's credit limit, as {@code PUT /parties/{id}/credit} does (422 naming
     * {@code creditLimit} or {@code currency}).
     *
     * @param partyId  the customer
     * @param limit    the limit, or {@code null} to remove it
     * @param currency its currency (ISO 4217)
     */
    @RequiresPermission("sales.manage")
    public void setCreditLimit(UUID partyId, BigDecimal limit, String currency) {
        Problems problems = new Problems();
        if (limit != null && limit.signum() < 0) {
            problems.add("creditLimit", "must not be negative");
        }
        if (limit != null && !Amounts.isCurrency(currency)) {
            problems.add("currency", "must be an ISO 4217 currency code");
        }
        problems.throwIfAny();
        db.tx().write(() -> credit.set(partyId, limit, limit == null ? null : currency.strip().toUpperCase()));
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
                credit.usage(partyId).map(u -> new Credit(u.limit(), u.currency(), u.openReceivables().add(u.openOrders()))),
                summary.late(partyId, LocalDate.now(), LATE_SHOWN).stream().map(l -> new LateOrder(l.orderId(), l.number(),
                        l.promisedDate(), l.currency(), l.toDeliver())).toList()));
    }
}
