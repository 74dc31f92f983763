package io.tessera.plugins.accounting.invoicing;

import io.tessera.sdk.persistence.TenantJdbc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A party's open balance and open documents for in-process callers (the customer-360 panel): the same figures
 * as {@code GET /parties/{id}/balance}, in one transaction.
 */
public class PartyAccounts {

    /** The most open documents listed. */
    public static final int MAX_DOCUMENTS = 20;

    private final Invoices invoices;
    private final Balances balances;
    private final TenantJdbc db;

    PartyAccounts(Invoices invoices, Balances balances, TenantJdbc db) {
        this.invoices = invoices;
        this.balances = balances;
        this.db = db;
    }

    /**
     * Open amounts in one currency.
     *
     * @param currency          currency
     * @param receivable        open receivable (net of unallocated receipts)
     * @param payable           open payable
     * @param overdueReceivable overdue part of open invoices
     * @param overduePayable    overdue part of open bills
     */
    public record Balance(String currency, BigDecimal receivable, BigDecimal payable, BigDecimal overdueReceivable,
                          BigDecimal overduePayable) {
    }

    /**
     * An open invoice or bill.
     *
     * @param number   document number
     * @param kind     {@code CUSTOMER} or {@code VENDOR}
     * @param dueDate  due date
     * @param currency currency
     * @param open     open amount
     * @param overdue  whether it is past due today
     */
    public record OpenDocument(String number, String kind, LocalDate dueDate, String currency, BigDecimal open,
                               boolean overdue) {
    }

    /**
     * The party's balances and open documents.
     *
     * @param balances  per currency
     * @param documents open documents, at most {@link #MAX_DOCUMENTS}, oldest first
     */
    public record Summary(List<Balance> balances, List<OpenDocument> documents) {
    }

    /**
     * A party's summary as of today (UTC). A party without documents has empty lists.
     *
     * @param partyId the party
     * @return the summary
     */
    public Summary of(UUID partyId) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return db.tx().read(() -> new Summary(
                balances.party(partyId, today).stream().map(PartyAccounts::balance).toList(),
                invoices.open(partyId, MAX_DOCUMENTS).stream()
                        .map(i -> new OpenDocument(i.number(), i.kind(), i.dueDate(), i.currency(), i.open(),
                                !i.creditNote() && i.dueDate() != null && i.dueDate().isBefore(today)))
                        .toList()));
    }

    private static Balance balance(Map<String, Object> row) {
        return new Balance((String) row.get("currency"), amount(row, "receivable"), amount(row, "payable"),
                amount(row, "overdueReceivable"), amount(row, "overduePayable"));
    }

    private static BigDecimal amount(Map<String, Object> row, String key) {
        return row.get(key) instanceof BigDecimal d ? d : BigDecimal.ZERO;
    }
}
