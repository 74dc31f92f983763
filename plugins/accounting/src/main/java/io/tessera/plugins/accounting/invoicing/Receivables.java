package io.tessera.plugins.accounting.invoicing;

import io.tessera.plugins.accounting.chart.AccountRole;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Invoices, bills, credit notes, payments and aged balances for in-process callers (the views): the same rules as
 * the REST endpoints, one transaction per call (serialization failures retried), refusals as
 * {@link io.tessera.sdk.web.ApiProblem}s naming the field in the REST body's terms ({@code partyId},
 * {@code lines[1].quantity}, {@code allocations[0].amount}).
 */
public class Receivables {

    /** The most open documents offered for allocation at once. */
    public static final int MAX_OPEN = 200;

    private final Invoices invoices;
    private final Payments payments;
    private final Balances balances;
    private final Accounts accounts;
    private final SettingsStore settings;
    private final TenantJdbc db;
    private final Parties parties;

    private final io.tessera.plugins.accounting.tax.TaxCodes taxCodes;

    Receivables(Invoices invoices, Payments payments, Balances balances, Accounts accounts, SettingsStore settings, TenantJdbc db,
                Parties parties, io.tessera.plugins.accounting.tax.TaxCodes taxCodes) {
        this.taxCodes = taxCodes;
        this.parties = parties;
        this.invoices = invoices;
        this.payments = payments;
        this.balances = balances;
        this.accounts = accounts;
        this.settings = settings;
        this.db = db;
    }

    /**
     * A line as typed.
     *
     * @param description what was sold or bought
     * @param quantity    quantity
     * @param unitPrice   unit price
     * @param taxRate     tax rate in percent (tenants without tax codes)
     * @param account     revenue or expense account code, or {@code null} for the chart's default
     * @param taxCode     tax code (tenants with tax codes), or {@code null}
     */
    public record DraftLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, String account,
                            String taxCode) {

        /**
         * A line with a free tax rate.
         *
         * @param description what was sold or bought
         * @param quantity    quantity
         * @param unitPrice   unit price
         * @param taxRate     tax rate in percent
         * @param account     revenue or expense account code, or {@code null} for the chart's default
         */
        public DraftLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate, String account) {
            this(description, quantity, unitPrice, taxRate, account, null);
        }

        /**
         * A line on the chart's default account.
         *
         * @param description what was sold or bought
         * @param quantity    quantity
         * @param unitPrice   unit price
         * @param taxRate     tax rate in percent
         */
        public DraftLine(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal taxRate) {
            this(description, quantity, unitPrice, taxRate, null);
        }
    }

    /**
     * A document as typed.
     *
     * @param kind              {@code customer} or {@code vendor}
     * @param creditedInvoiceId for a credit note, the invoice it credits; {@code null} for an invoice or bill
     * @param partyId           customer or vendor
     * @param date              document date
     * @param dueDate           due date, or {@code null} for the date
     * @param currency          currency, or {@code null} for the base currency
     * @param lines             lines
     */
    public record Draft(String kind, UUID creditedInvoiceId, UUID partyId, LocalDate date, LocalDate dueDate, String currency,
                        List<DraftLine> lines) {
    }

    /**
     * Totals as the service computes them: per line net and tax rounded half-up to the currency's digits, totals as
     * sums of the rounded lines.
     *
     * @param net   sum of line nets
     * @param tax   sum of line taxes
     * @param gross net + tax
     */
    public record Totals(BigDecimal net, BigDecimal tax, BigDecimal gross) {
    }

    /**
     * A list's filter.
     *
     * @param kind    {@code customer}, {@code vendor} or {@code null} for both
     * @param state   {@code DRAFT}, {@code POSTED} or {@code null}
     * @param partyId one party or {@code null}
     * @param overdue only confirmed documents past due and still open
     */
    public record Filter(String kind, String state, UUID partyId, boolean overdue) {
    }

    /**
     * One allocation of a payment.
     *
     * @param invoiceId the document
     * @param amount    the amount applied
     */
    public record Allocation(UUID invoiceId, BigDecimal amount) {
    }

    /**
     * The tenant's tax codes (empty: invoice lines take a free rate).
     *
     * @return the codes, sales first
     */
    @RequiresPermission("accounting.read")
    public List<io.tessera.plugins.accounting.tax.TaxCode> taxCodes() {
        return db.tx().write(() -> taxCodes.list(null));
    }

    /**
     * The base currency.
     *
     * @return its ISO code
     */
    public String baseCurrency() {
        return db.tx().read(() -> settings.current().baseCurrency());
    }

    /**
     * The live totals of lines as typed; lines with a missing quantity or price count as zero.
     *
     * @param lines    the lines
     * @param currency the currency (its digits decide the rounding)
     * @return the totals
     */
    public static Totals totals(List<DraftLine> lines, String currency) {
        return totals(lines, currency, List.of());
    }

    /**
     * The live totals of lines as typed, lines with a tax code computed with its rate (and, for a price-included code,
     * extracted from the gross) as the service will.
     *
     * @param lines    the lines
     * @param currency the currency
     * @param codes    the tenant's tax codes of the document's type
     * @return the totals
     */
    public static Totals totals(List<DraftLine> lines, String currency, List<io.tessera.plugins.accounting.tax.TaxCode> codes) {
        List<InvoiceMath.Line> computed = new ArrayList<>();
        for (DraftLine l : lines) {
            if (l.quantity() != null && l.unitPrice() != null) {
                var code = l.taxCode() == null ? null
                        : codes.stream().filter(c -> c.code().equals(l.taxCode()) && c.rate() != null).findFirst().orElse(null);
                BigDecimal rate = code != null ? code.rate() : l.taxRate() == null ? BigDecimal.ZERO : l.taxRate();
                computed.add(code != null && code.priceIncluded() ? InvoiceMath.lineIncluded(l.quantity(), l.unitPrice(), rate, currency)
                        : InvoiceMath.line(l.quantity(), l.unitPrice(), rate, currency));
            }
        }
        InvoiceMath.Totals t = InvoiceMath.totals(computed, currency);
        return new Totals(t.subtotal(), t.tax(), t.total());
    }

    /**
     * Saves a draft and, when asked, confirms it (numbers and posts it) — both or neither.
     *
     * @param draft   the document
     * @param confirm whether to confirm it at once
     * @return the saved document
     */
    @RequiresPermission("accounting.write")
    public InvoiceView save(Draft draft, boolean confirm) {
        InvoiceBody body = body(draft, draft.creditedInvoiceId() != null, null);
        return db.tx().write(() -> {
            InvoiceView created = invoices.create(body);
            return confirm ? invoices.confirm(created.id()) : created;
        });
    }

    /**
     * Replaces a draft (header and all lines) and, when asked, confirms it — both or neither. Refused (409) once the
     * document is confirmed or when it was changed since {@code version} was read. A credit note stays one.
     *
     * @param id      the draft
     * @param version the version read
     * @param draft   the document as typed
     * @param confirm whether to confirm it at once
     * @return the saved document
     */
    @RequiresPermission("accounting.write")
    public InvoiceView update(UUID id, long version, Draft draft, boolean confirm) {
        return db.tx().write(() -> {
            boolean creditNote = draft.creditedInvoiceId() != null
                    || invoices.find(id).map(InvoiceView::creditNote).orElse(false);
            InvoiceView updated = invoices.update(id, body(draft, creditNote, version));
            return confirm ? invoices.confirm(updated.id()) : updated;
        });
    }

    private static InvoiceBody body(Draft draft, boolean creditNote, Long version) {
        return new InvoiceBody(draft.kind(), creditNote, draft.creditedInvoiceId(),
                draft.partyId(), draft.date(), draft.dueDate(), draft.currency(),
                draft.lines().stream().map(l -> new InvoiceBody.LineBody(l.description(), l.quantity(), l.unitPrice(),
                        l.taxCode() != null ? null : l.taxRate(), l.account(), l.taxCode(), null)).toList(), version);
    }

    /**
     * Confirms a draft.
     *
     * @param id the draft
     * @return the confirmed document
     */
    @RequiresPermission("accounting.write")
    public InvoiceView confirm(UUID id) {
        return db.tx().write(() -> invoices.confirm(id));
    }

    /**
     * Deletes a draft.
     *
     * @param id the draft
     */
    @RequiresPermission("accounting.write")
    public void deleteDraft(UUID id) {
        db.tx().write(() -> {
            invoices.deleteDraft(id);
            return null;
        });
    }

    /**
     * One document with its lines.
     *
     * @param id the id
     * @return the document, or {@code null} when the tenant has none with this id
     */
    public InvoiceView find(UUID id) {
        return db.tx().read(() -> invoices.find(id).orElse(null));
    }

    /**
     * A page of documents, newest first.
     *
     * @param filter what to show
     * @param offset rows to skip
     * @param limit  rows to return
     * @return the page (without lines)
     */
    public List<InvoiceView> page(Filter filter, long offset, int limit) {
        return db.tx().read(() -> invoices.list(filter(filter), offset, limit));
    }

    /**
     * How many documents match.
     *
     * @param filter what to show
     * @return the count
     */
    public long count(Filter filter) {
        return db.tx().read(() -> invoices.count(filter(filter)));
    }

    /**
     * A party's confirmed documents still open, oldest due first.
     *
     * @param partyId the party
     * @return at most {@link #MAX_OPEN} documents
     */
    public List<InvoiceView> open(UUID partyId) {
        return db.tx().read(() -> invoices.open(partyId, MAX_OPEN));
    }

    /**
     * A party's confirmed documents of one kind and currency open at a report date, with their open amounts at that
     * date (allocations dated after it do not count), oldest due first: the documents behind the party's row in
     * {@link #aged(String, LocalDate)}.
     *
     * @param kind     {@code customer} or {@code vendor}
     * @param partyId  the party
     * @param currency the currency
     * @param asOf     the report date
     * @return at most {@link #MAX_OPEN} documents
     */
    public List<InvoiceView> openAsOf(String kind, UUID partyId, String currency, LocalDate asOf) {
        String k = Invoices.kind(kind);
        return db.tx().read(() -> invoices.openAsOf(k, partyId, currency, asOf, MAX_OPEN));
    }

    /**
     * Allocations of an amount to open documents, oldest due first, each up to its open amount, until the amount is
     * used up. Credit notes are skipped (they settle the other way).
     *
     * @param amount    the payment amount
     * @param documents open documents, oldest due first
     * @return the allocations, possibly fewer than the documents
     */
    public static List<Allocation> oldestFirst(BigDecimal amount, List<InvoiceView> documents) {
        List<Allocation> result = new ArrayList<>();
        BigDecimal left = amount;
        for (InvoiceView doc : documents) {
            if (left.signum() <= 0) {
                break;
            }
            if (doc.creditNote() || doc.open().signum() <= 0) {
                continue;
            }
            BigDecimal part = left.min(doc.open());
            result.add(new Allocation(doc.id(), part));
            left = left.subtract(part);
        }
        return result;
    }

    /**
     * Records a payment with its allocations (posted at once).
     *
     * @param partyId     who paid or was paid
     * @param date        payment date
     * @param amount      amount
     * @param currency    currency, or {@code null} for the base currency
     * @param allocations documents it settles
     * @return the payment's id
     */
    @RequiresPermission("accounting.write")
    public UUID pay(UUID partyId, LocalDate date, BigDecimal amount, String currency, List<Allocation> allocations) {
        PaymentBody body = new PaymentBody(partyId, date, amount, currency, null,
                allocations.stream().map(a -> new PaymentBody.Allocation(a.invoiceId(), a.amount())).toList());
        UUID id = Ids.newId();
        db.tx().write(() -> payments.create(id, body));
        return id;
    }

    /**
     * Aged receivables or payables.
     *
     * @param kind {@code customer} (receivables) or {@code vendor} (payables)
     * @param asOf the report date
     * @return one row per party and currency
     */
    public List<Balances.AgedRow> aged(String kind, LocalDate asOf) {
        String k = Invoices.kind(kind);
        return db.tx().read(() -> balances.aged(k, asOf));
    }

    /**
     * Receivables, payables and their overdue parts in the base currency, as of today (UTC).
     *
     * @return the totals
     */
    public Balances.BaseTotals baseTotals() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return db.tx().read(() -> {
            var roles = accounts.roles();
            return balances.baseTotals(today, Accounts.require(roles, AccountRole.RECEIVABLE).id(),
                    Accounts.require(roles, AccountRole.PAYABLE).id(), settings.current().baseCurrency());
        });
    }

    /**
     * A page of the tenant's parties whose name or email contains the text, for pickers.
     *
     * @param text   the text, blank for all
     * @param offset rows to skip
     * @param limit  rows to return (at most 200 are returned)
     * @return the parties, by name
     */
    public List<PartySummary> parties(String text, int offset, int limit) {
        int rows = Math.max(1, Math.min(limit, 200));
        return db.tx().read(() -> parties.search(text, offset, rows));
    }

    /**
     * Parties by id, in one query.
     *
     * @param ids the ids
     * @return id → party, for the tenant's parties among them
     */
    public Map<UUID, PartySummary> parties(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of() : db.tx().read(() -> parties.findAll(ids));
    }

    private static Invoices.Filter filter(Filter f) {
        return new Invoices.Filter(f.kind(), f.partyId(), f.state(), f.overdue() ? LocalDate.now(ZoneOffset.UTC) : null);
    }
}
