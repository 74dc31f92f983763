package io.tessera.plugins.accounting.invoicing;

import io.tessera.plugins.accounting.common.Money;
import io.tessera.plugins.accounting.common.Referenced;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The invoicing side of bank reconciliation: open documents a statement line may settle (by number, amount, party),
 * and settling documents with a statement line's amount through the statement's bank account (a payment, one balanced
 * entry however many documents it clears). Call inside a transaction.
 */
public class Settlements {

    private static final String SELECT = "select * from (select i.id, i.number, i.kind, i.credit_note, i.party_id, i.currency, "
            + "i.invoice_date, i.due_date, i.total, " + Invoices.OPEN + " as open from acc_invoices i where i.tenant_id = :t "
            + "and i.state = 'POSTED' and i.credit_note = false and i.kind = :kind and i.currency = :currency ";

    private final TenantJdbc db;
    private final Invoices invoices;
    private final Payments payments;

    Settlements(TenantJdbc db, Invoices invoices, Payments payments) {
        this.db = db;
        this.invoices = invoices;
        this.payments = payments;
    }

    /**
     * A confirmed invoice or bill with an open amount.
     *
     * @param id       id
     * @param number   number, e.g. {@code INV-000042}
     * @param kind     {@code CUSTOMER} or {@code VENDOR}
     * @param partyId  party
     * @param currency currency
     * @param date     document date
     * @param dueDate  due date
     * @param total    total
     * @param open     open amount
     */
    public record OpenDocument(UUID id, String number, String kind, UUID partyId, String currency, LocalDate date,
                               LocalDate dueDate, BigDecimal total, BigDecimal open) {
    }

    /**
     * Part of a statement line applied to a document.
     *
     * @param invoiceId the invoice or bill
     * @param amount    the amount applied, at most its open amount
     */
    public record Match(UUID invoiceId, BigDecimal amount) {
    }

    /**
     * A settlement's records.
     *
     * @param paymentId the payment recorded
     * @param entryId   its journal entry
     */
    public record Settled(UUID paymentId, UUID entryId) {
    }

    /**
     * Open documents by number.
     *
     * @param kind     {@code CUSTOMER} or {@code VENDOR}
     * @param currency currency
     * @param numbers  numbers
     * @return the open ones among them
     */
    public List<OpenDocument> openByNumbers(String kind, String currency, Collection<String> numbers) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        return db.sql().sql(SELECT + "and i.number in (:numbers)) x where x.open > 0 order by x.due_date, x.id")
                .param("t", db.tenant()).param("kind", kind).param("currency", currency).param("numbers", List.copyOf(numbers))
                .query(Settlements::map).list();
    }

    /**
     * Unpaid documents of exactly an amount (their total is the amount and nothing is allocated yet).
     *
     * @param kind     {@code CUSTOMER} or {@code VENDOR}
     * @param currency currency
     * @param amount   the amount
     * @param limit    at most this many
     * @return the documents, oldest due first
     */
    public List<OpenDocument> openByAmount(String kind, String currency, BigDecimal amount, int limit) {
        // total_units (bigint) rather than total (numeric): bigint equality is leakproof, so row-level security lets the index serve it
        long units = amount.movePointRight(4).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
        return db.sql().sql(SELECT + "and i.total_units = :units) x where x.open = :amount order by x.due_date, x.id limit :limit")
                .param("t", db.tenant()).param("kind", kind).param("currency", currency).param("units", units).param("amount", amount)
                .param("limit", limit).query(Settlements::map).list();
    }

    /**
     * Open documents of some parties.
     *
     * @param kind     {@code CUSTOMER} or {@code VENDOR}
     * @param currency currency
     * @param partyIds the parties
     * @param limit    at most this many
     * @return the documents, oldest due first
     */
    public List<OpenDocument> openOfParties(String kind, String currency, Collection<UUID> partyIds, int limit) {
        if (partyIds.isEmpty()) {
            return List.of();
        }
        return db.sql().sql(SELECT + "and i.party_id in (:parties)) x where x.open > 0 order by x.due_date, x.id limit :limit")
                .param("t", db.tenant()).param("kind", kind).param("currency", currency).param("parties", List.copyOf(partyIds))
                .param("limit", limit).query(Settlements::map).list();
    }

    /**
     * Settles documents of one party with a bank amount: a payment received (positive amount) or sent (negative)
     * through the given bank ledger account, allocated as matched; what the matches leave stays as the party's credit.
     * Refusals name {@code matches[i].invoiceId} / {@code matches[i].amount}.
     *
     * @param bankAccountId the bank's ledger account
     * @param date          the booking date
     * @param signedAmount  the statement line's amount (positive: received)
     * @param currency      its currency
     * @param matches       the documents and amounts, at least one
     * @return the payment and its entry
     */
    @RequiresPermission("accounting.write")
    public Settled settle(UUID bankAccountId, LocalDate date, BigDecimal signedAmount, String currency, List<Match> matches) {
        if (matches == null || matches.isEmpty()) {
            throw ApiProblem.invalid("matches", "must name at least one document");
        }
        UUID party = null;
        List<PaymentBody.Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            Match m = matches.get(i);
            String field = "matches[" + i + "]";
            if (m == null || m.invoiceId() == null) {
                throw ApiProblem.invalid(field + ".invoiceId", "is required");
            }
            InvoiceView doc = invoices.find(m.invoiceId())
                    .orElseThrow(() -> Referenced.notFound(field + ".invoiceId", "Invoice", m.invoiceId()));
            if (party != null && !party.equals(doc.partyId())) {
                throw ApiProblem.invalid(field + ".invoiceId", "belongs to another party than the first match; "
                        + "one statement line settles one party's documents");
            }
            party = doc.partyId();
            allocations.add(new PaymentBody.Allocation(m.invoiceId(), m.amount()));
        }
        UUID paymentId = Ids.newId();
        PaymentBody body = new PaymentBody(party, date, signedAmount.abs().setScale(Money.digits(currency)), currency,
                signedAmount.signum() > 0 ? "received" : "sent", allocations);
        Map<String, Object> payment;
        try {
            payment = payments.create(paymentId, body, bankAccountId);
        } catch (ApiProblem p) {
            throw renamed(p);
        }
        return new Settled(paymentId, (UUID) payment.get("entryId"));
    }

    /** The payment's field names in the reconciliation's terms. */
    private static ApiProblem renamed(ApiProblem p) {
        List<ApiProblem.FieldError> errors = p.errors().stream().map(e -> new ApiProblem.FieldError(e.field()
                .replace("allocations", "matches").replace("direction", "matches"), e.message())).toList();
        return new ApiProblem(p.status(), p.getMessage(), errors);
    }

    private static OpenDocument map(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        int digits = Money.digits(currency);
        return new OpenDocument(rs.getObject("id", UUID.class), rs.getString("number"), rs.getString("kind"),
                rs.getObject("party_id", UUID.class), currency, rs.getObject("invoice_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getBigDecimal("total").setScale(digits),
                rs.getBigDecimal("open").setScale(digits));
    }
}
