package io.tessera.plugins.accounting.invoicing;

import io.tessera.plugins.accounting.api.InvoicePosted;
import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountRole;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.plugins.accounting.common.MultiRowInsert;
import io.tessera.plugins.accounting.common.Parties;
import io.tessera.plugins.accounting.common.Referenced;
import io.tessera.plugins.accounting.ledger.JournalPoster;
import io.tessera.plugins.accounting.ledger.PostingLine;
import io.tessera.plugins.accounting.ledger.PostingRequest;
import io.tessera.plugins.accounting.tax.TaxCode;
import io.tessera.plugins.accounting.tax.TaxCodes;
import io.tessera.sdk.audit.AuditRecord;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Invoices, bills and credit notes: drafts, confirmation (numbering + posting + event), reading. Call inside a transaction. */
class Invoices {

    static final String OPEN = """
            (i.total - coalesce((select sum(a.amount) from acc_allocations a
                                  where a.tenant_id = i.tenant_id and a.invoice_id = i.id), 0))
            """;
    private static final String SELECT = "select i.id, i.kind, i.credit_note, i.credited_invoice_id, i.number, i.state, i.party_id, "
            + "i.invoice_date, i.due_date, i.currency, i.subtotal, i.tax, i.total, " + OPEN + " as open, i.entry_id, i.version "
            + "from acc_invoices i where i.tenant_id = ?";
    /** The open amount as of a date (the first parameter): allocations dated after it do not count. */
    private static final String OPEN_AS_OF = """
            (i.total - coalesce((select sum(a.amount) from acc_allocations a
                                  where a.tenant_id = i.tenant_id and a.invoice_id = i.id and a.allocation_date <= ?), 0))
            """;

    private final TenantJdbc db;
    private final Accounts accounts;
    private final SettingsStore settings;
    private final Parties parties;
    private final JournalPoster poster;
    private final EventPublisher events;
    private final TaxCodes taxCodes;

    Invoices(TenantJdbc db, Accounts accounts, SettingsStore settings, Parties parties, JournalPoster poster, EventPublisher events,
             TaxCodes taxCodes) {
        this.db = db;
        this.taxCodes = taxCodes;
        this.accounts = accounts;
        this.settings = settings;
        this.parties = parties;
        this.poster = poster;
        this.events = events;
    }

    @RequiresPermission("accounting.write")
    InvoiceView create(InvoiceBody body) {
        return createDraft(body, null);
    }

    /**
     * Creates a draft as {@link #create} does, with each line's source (another module's document line) stored on it;
     * for the published {@code Invoicing}, whose caller's own operation was checked.
     *
     * @param sources one per line (an element may be {@code null}), or {@code null} for none
     */
    InvoiceView createDraft(InvoiceBody body, List<Source> sources) {
        UUID id = Ids.newId();
        Prepared d = prepare(body, id, sources);
        db.sql().sql("""
                        insert into acc_invoices (tenant_id, id, kind, credit_note, credited_invoice_id, party_id, invoice_date,
                          due_date, currency, state, subtotal, tax, total) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)
                        """)
                .params(db.tenant(), id, d.kind(), d.creditNote(), body.creditedInvoiceId(), body.partyId(), body.date(), d.due(),
                        d.currency(), d.totals().subtotal(), d.totals().tax(), d.totals().total())
                .update();
        insertLines(d.lines());
        return find(id).orElseThrow();
    }

    /**
     * Replaces a draft's header and lines (lines as a whole), validated as on create; refused once confirmed, and when
     * {@code body.version()} is given and no longer the stored version.
     */
    @RequiresPermission("accounting.write")
    InvoiceView update(UUID id, InvoiceBody body) {
        InvoiceView current = lock(id).orElseThrow(() -> ApiProblem.notFound("Invoice", id));
        if (!"DRAFT".equals(current.state())) {
            throw ApiProblem.conflict("Invoice " + current.number() + " is confirmed and can no longer be changed; "
                    + "issue a credit note instead");
        }
        if (body.version() != null && body.version() != current.version()) {
            throw ApiProblem.conflict("Invoice " + id + " was changed by someone else (version " + current.version()
                    + ", you sent " + body.version() + "); reload it and try again");
        }
        if (id.equals(body.creditedInvoiceId())) {
            throw ApiProblem.invalid("creditedInvoiceId", "must not be the document itself");
        }
        Prepared d = prepare(body, id, null);
        db.sql().sql("""
                        update acc_invoices set kind = ?, credit_note = ?, credited_invoice_id = ?, party_id = ?, invoice_date = ?,
                          due_date = ?, currency = ?, subtotal = ?, tax = ?, total = ?, version = version + 1
                         where tenant_id = ? and id = ? and state = 'DRAFT'
                        """)
                .params(d.kind(), d.creditNote(), body.creditedInvoiceId(), body.partyId(), body.date(), d.due(), d.currency(),
                        d.totals().subtotal(), d.totals().tax(), d.totals().total(), db.tenant(), id)
                .update();
        db.sql().sql("delete from acc_invoice_lines where tenant_id = ? and invoice_id = ?").params(db.tenant(), id).update();
        insertLines(d.lines());
        return find(id).orElseThrow();
    }

    /** A validated document, ready to write: its header values and line rows. */
    private record Prepared(String kind, boolean creditNote, LocalDate due, String currency, InvoiceMath.Totals totals,
                            List<Object[]> lines) {
    }

    /**
     * Where a line comes from: another module's document line.
     *
     * @param module     the module id
     * @param documentId its document
     * @param lineId     the document's line, or {@code null}
     */
    record Source(String module, UUID documentId, UUID lineId) {
    }

    private void insertLines(List<Object[]> rows) {
        MultiRowInsert.insert(db, "insert into acc_invoice_lines (tenant_id, id, invoice_id, line_no, description, quantity, "
                + "unit_price, tax_rate, net, tax, account_id, source_module, source_document_id, source_line_id, tax_code_id) "
                + "values ", rows);
    }

    /** Validates a body (refusals name the field) and computes its lines and totals for the document {@code id}. */
    private Prepared prepare(InvoiceBody body, UUID id, List<Source> sources) {
        String kind = kind(body.kind());
        if (body.partyId() == null) {
            throw ApiProblem.invalid("partyId", "is required");
        }
        if (!parties.unknown(Set.of(body.partyId())).isEmpty()) {
            throw Referenced.notFound("partyId", "Party", body.partyId());
        }
        if (body.date() == null) {
            throw ApiProblem.invalid("date", "is required");
        }
        LocalDate due = body.dueDate() == null ? body.date() : body.dueDate();
        if (due.isBefore(body.date())) {
            throw ApiProblem.invalid("dueDate", "must not be before date");
        }
        String currency = body.currency() == null ? settings.current().baseCurrency() : Money.currency(body.currency(), "currency");
        boolean creditNote = Boolean.TRUE.equals(body.creditNote());
        if (body.creditedInvoiceId() != null && !creditNote) {
            throw ApiProblem.invalid("creditedInvoiceId", "is only for credit notes");
        }
        if (body.creditedInvoiceId() != null && header(SELECT + " and i.id = ?", body.creditedInvoiceId()).isEmpty()) {
            throw Referenced.notFound("creditedInvoiceId", "Invoice", body.creditedInvoiceId());
        }
        if (body.lines() == null || body.lines().isEmpty() || body.lines().size() > 1000) {
            throw ApiProblem.invalid("lines", "must have 1 to 1000 lines");
        }
        Set<String> codes = new LinkedHashSet<>();
        body.lines().forEach(l -> {
            if (l != null && l.account() != null) {
                codes.add(l.account());
            }
        });
        Map<String, Account> byCode = accounts.byCodes(codes);
        LineTaxes taxes = lineTaxes(kind, body);
        List<Object[]> rows = new ArrayList<>();
        List<InvoiceMath.Line> computed = new ArrayList<>();
        for (int i = 0; i < body.lines().size(); i++) {
            InvoiceBody.LineBody line = body.lines().get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                throw ApiProblem.invalid(field, "is required");
            }
            String description = line.description() == null ? "" : line.description().strip();
            if (description.isEmpty() || description.length() > 500) {
                throw ApiProblem.invalid(field + ".description", "is required (at most 500 characters)");
            }
            BigDecimal quantity = decimal(line.quantity(), field + ".quantity", true);
            BigDecimal unitPrice = decimal(line.unitPrice(), field + ".unitPrice", false);
            TaxCode taxCode = taxes.code(line, field, body.date());
            BigDecimal taxRate = taxCode != null ? taxCode.rate() : line.taxRate() == null ? BigDecimal.ZERO : line.taxRate();
            if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.valueOf(100)) > 0 || taxRate.stripTrailingZeros().scale() > 4) {
                throw ApiProblem.invalid(field + ".taxRate", "must be a percentage between 0 and 100 with at most 4 decimals");
            }
            UUID accountId = null;
            if (line.account() != null) {
                Account account = byCode.get(line.account());
                if (account == null || !account.active()) {
                    throw ApiProblem.invalid(field + ".account", "is not an active account code: " + line.account());
                }
                accountId = account.id();
            }
            InvoiceMath.Line amounts = taxCode != null && taxCode.priceIncluded()
                    ? InvoiceMath.lineIncluded(quantity, unitPrice, taxRate, currency)
                    : InvoiceMath.line(quantity, unitPrice, taxRate, currency);
            computed.add(amounts);
            Source source = sources == null ? null : sources.get(i);
            if (source != null && (source.module() == null || source.module().isBlank() || source.module().length() > 20
                    || source.documentId() == null)) {
                throw ApiProblem.invalid(field + ".source", "needs a module id (at most 20 characters) and a document id");
            }
            rows.add(new Object[] {db.tenant(), Ids.newId(), id, i + 1, description, quantity, unitPrice, taxRate, amounts.net(),
                amounts.tax(), accountId, source == null ? null : source.module(), source == null ? null : source.documentId(),
                source == null ? null : source.lineId(), taxCode == null ? null : taxCode.id()});
        }
        InvoiceMath.Totals totals = InvoiceMath.totals(computed, currency);
        if (totals.total().signum() <= 0) {
            throw ApiProblem.invalid("lines", "must add up to a total greater than zero");
        }
        return new Prepared(kind, creditNote, due, currency, totals, rows);
    }

    /**
     * The tax of each line as {@link #prepare} resolves it, without writing anything (for the published
     * {@code Invoicing.resolveTaxes}).
     *
     * @param kind {@code customer} or {@code vendor}
     * @return per line: its code (or {@code null} for a free rate), its rate and whether the price includes it
     */
    List<ResolvedTax> resolveTaxes(String kind, UUID partyId, LocalDate date, List<InvoiceBody.LineBody> lines) {
        String k = kind(kind);
        LineTaxes taxes = lineTaxes(k, new InvoiceBody(kind, false, null, partyId, date, null, null, lines, null));
        List<ResolvedTax> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            InvoiceBody.LineBody line = lines.get(i);
            if (line == null) {
                throw ApiProblem.invalid("lines[" + i + "]", "is required");
            }
            TaxCode code = taxes.code(line, "lines[" + i + "]", date);
            result.add(code == null ? new ResolvedTax(null, line.taxRate() == null ? BigDecimal.ZERO : line.taxRate(), false)
                    : new ResolvedTax(code.code(), code.rate(), code.priceIncluded()));
        }
        return result;
    }

    /** A line's resolved tax: code ({@code null} for a free rate), rate in percent, price includes it. */
    record ResolvedTax(String code, BigDecimal rate, boolean priceIncluded) {
    }

    /**
     * A customer's open receivables per currency: open confirmed invoices less open confirmed credit notes, plus drafts
     * (not credit notes) with their totals; one query.
     */
    Map<String, BigDecimal> openReceivables(UUID partyId) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        db.sql().sql("select i.currency, sum(case when i.state = 'DRAFT' then i.total when i.credit_note then -" + OPEN
                        + " else " + OPEN + " end) from acc_invoices i where i.tenant_id = ? and i.party_id = ? "
                        + "and i.kind = 'CUSTOMER' and (i.state = 'POSTED' or (i.state = 'DRAFT' and not i.credit_note)) "
                        + "group by i.currency order by i.currency")
                .params(db.tenant(), partyId)
                .query((rs, n) -> {
                    BigDecimal amount = rs.getBigDecimal(2);
                    if (amount != null && amount.signum() != 0) {
                        result.put(rs.getString(1), amount.setScale(Money.digits(rs.getString(1))));
                    }
                    return null;
                }).list();
        return result;
    }

    /**
     * The tax codes of a document's lines: a line's own {@code taxCode} (of the document's type), else the party's
     * default, else its product category's. Once the tenant has codes, every line needs one and free rates are refused;
     * a tenant without codes keeps free rates. A code must apply on the document date and have a rate.
     */
    private LineTaxes lineTaxes(String kind, InvoiceBody body) {
        boolean enabled = taxCodes.any();
        if (!enabled) {
            return new LineTaxes(false, Map.of(), null, "");
        }
        String type = "CUSTOMER".equals(kind) ? "SALES" : "PURCHASE";
        Set<String> named = new LinkedHashSet<>();
        Set<UUID> categories = new LinkedHashSet<>();
        for (InvoiceBody.LineBody l : body.lines()) {
            if (l != null && l.taxCode() != null) {
                named.add(l.taxCode());
            }
            if (l != null && l.categoryId() != null) {
                categories.add(l.categoryId());
            }
        }
        return new LineTaxes(true, taxCodes.byCodes(type, named), taxCodes.defaults(type, body.partyId(), categories), type);
    }

    private record LineTaxes(boolean enabled, Map<String, TaxCode> named, TaxCodes.Defaults defaults, String type) {

        TaxCode code(InvoiceBody.LineBody line, String field, LocalDate date) {
            if (!enabled) {
                if (line.taxCode() != null) {
                    throw ApiProblem.invalid(field + ".taxCode", "cannot be used: this tenant has no tax codes (give a taxRate)");
                }
                return null;
            }
            if (line.taxRate() != null) {
                throw ApiProblem.invalid(field + ".taxRate", "is not allowed once tax codes are set up; give a taxCode");
            }
            TaxCode code;
            if (line.taxCode() != null) {
                code = named.get(line.taxCode());
                if (code == null) {
                    throw ApiProblem.invalid(field + ".taxCode", "is not a " + type.toLowerCase() + " tax code: " + line.taxCode());
                }
            } else {
                code = defaults.forLine(line.categoryId());
                if (code == null) {
                    throw ApiProblem.invalid(field + ".taxCode", "is required (no default for the party or the product category)");
                }
            }
            if (date != null && !code.validOn(date)) {
                throw ApiProblem.invalid(field + ".taxCode", "tax code " + code.code() + " does not apply on " + date);
            }
            if (code.rate() == null) {
                throw ApiProblem.invalid(field + ".taxCode", "tax code " + code.code() + " has no rate yet; set it first");
            }
            return code;
        }
    }

    /** Numbers the draft, posts its journal entry, allocates a credit note to the invoice it credits, publishes the event. */
    @RequiresPermission("accounting.write")
    InvoiceView confirm(UUID id) {
        return post(id);
    }

    /** Confirms as {@link #confirm} does, for the published {@code Invoicing}, whose caller's own operation was checked. */
    InvoiceView post(UUID id) {
        InvoiceView invoice = lock(id).orElseThrow(() -> ApiProblem.notFound("Invoice", id));
        if (!"DRAFT".equals(invoice.state())) {
            throw ApiProblem.conflict("Invoice " + invoice.number() + " is already confirmed");
        }
        boolean customer = "CUSTOMER".equals(invoice.kind());
        Map<AccountRole, Account> roles = accounts.roles();
        Account partner = Accounts.require(roles, customer ? AccountRole.RECEIVABLE : AccountRole.PAYABLE);
        Account defaultNet = Accounts.require(roles, customer ? AccountRole.SALES : AccountRole.PURCHASES);
        // one grouped read of the lines for both sides: nets per account and taxes per tax code, each in the order of its
        // first line
        Map<UUID, BigDecimal> netByAccount = new LinkedHashMap<>();
        Map<UUID, BigDecimal> taxByCode = new LinkedHashMap<>();
        BigDecimal[] free = {BigDecimal.ZERO};
        db.sql().sql("select account_id, tax_code_id, sum(net), sum(tax) from acc_invoice_lines where tenant_id = ? and invoice_id = ? "
                        + "group by account_id, tax_code_id order by min(line_no)")
                .params(db.tenant(), id)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    UUID account = rs.getObject(1, UUID.class);
                    UUID code = rs.getObject(2, UUID.class);
                    netByAccount.merge(account == null ? defaultNet.id() : account, rs.getBigDecimal(3), BigDecimal::add);
                    if (code != null) {
                        taxByCode.merge(code, rs.getBigDecimal(4), BigDecimal::add);
                    } else {
                        free[0] = free[0].add(rs.getBigDecimal(4));
                    }
                });
        BigDecimal freeTax = free[0];
        // a customer invoice debits the receivable; a vendor bill credits the payable; a credit note does the opposite
        boolean partnerDebit = customer != invoice.creditNote();
        String c = invoice.currency();
        BigDecimal zero = BigDecimal.ZERO.setScale(Money.digits(c));
        List<PostingLine> lines = new ArrayList<>();
        lines.add(side(partner.id(), invoice.partyId(), c, invoice.total(), partnerDebit, zero));
        netByAccount.forEach((account, net) -> {
            if (net.signum() != 0) {
                lines.add(side(account, null, c, net.setScale(Money.digits(c)), !partnerDebit, zero));
            }
        });
        // one tax line per tax code, to the code's account (the tax report's figures are these lines); free rates
        // post together to the chart's tax account
        Map<UUID, TaxCode> codes = taxCodes.byIds(taxByCode.keySet());
        taxByCode.forEach((code, amount) -> {
            if (amount.signum() != 0) {
                lines.add(side(codes.get(code).accountId(), null, c, amount.setScale(Money.digits(c)), !partnerDebit, zero));
            }
        });
        if (freeTax.signum() != 0) {
            Account tax = Accounts.require(roles, customer ? AccountRole.TAX_PAYABLE : AccountRole.TAX_RECEIVABLE);
            lines.add(side(tax.id(), null, c, freeTax.setScale(Money.digits(c)), !partnerDebit, zero));
        }
        String number = nextNumber(customer ? (invoice.creditNote() ? "CN" : "INV") : (invoice.creditNote() ? "VCN" : "BILL"));
        UUID entryId = Ids.newId();
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("number", number);
        audited.put("kind", invoice.kind());
        audited.put("creditNote", invoice.creditNote());
        audited.put("partyId", invoice.partyId().toString());
        audited.put("total", invoice.total().toPlainString());
        audited.put("currency", c);
        audited.put("entryId", entryId.toString());
        poster.post(new PostingRequest(entryId, invoice.date(), number, "invoice", id, null, lines),
                new AuditRecord("Invoice", id.toString(), "CONFIRM", audited));
        db.sql().sql("update acc_invoices set state = 'POSTED', number = ?, entry_id = ?, version = version + 1 "
                + "where tenant_id = ? and id = ?").params(number, entryId, db.tenant(), id).update();
        if (invoice.creditedInvoiceId() != null) {
            allocateCreditNote(invoice);
        }
        events.publish(new InvoicePosted(id, number, invoice.kind(), invoice.creditNote(), invoice.partyId(), invoice.date(),
                invoice.dueDate(), c, invoice.total(), entryId));
        return find(id).orElseThrow();
    }

    @RequiresPermission("accounting.write")
    void deleteDraft(UUID id) {
        InvoiceView invoice = lock(id).orElseThrow(() -> ApiProblem.notFound("Invoice", id));
        if (!"DRAFT".equals(invoice.state())) {
            throw ApiProblem.conflict("Invoice " + invoice.number() + " is confirmed; issue a credit note instead");
        }
        db.sql().sql("delete from acc_invoices where tenant_id = ? and id = ?").params(db.tenant(), id).update();
    }

    /** The headers (without lines) of the current tenant's documents among {@code ids}, in one query. */
    List<InvoiceView> headers(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql().sql(SELECT.replace("i.tenant_id = ?", "i.tenant_id = :tenant") + " and i.id in (:ids)")
                .param("tenant", db.tenant()).param("ids", List.copyOf(new LinkedHashSet<>(ids)))
                .query(Invoices::header).list();
    }

    Optional<InvoiceView> find(UUID id) {
        return header(SELECT + " and i.id = ?", id).map(this::withLines);
    }

    List<InvoiceView> list(String kind, UUID partyId, String state, int page, int size) {
        return list(new Filter(kind, partyId, state, null), (long) page * size, size);
    }

    /**
     * What a list shows.
     *
     * @param kind      {@code customer} / {@code vendor}, or {@code null} for both
     * @param partyId   one party, or {@code null}
     * @param state     {@code DRAFT} / {@code POSTED}, or {@code null}
     * @param overdueOn when set: only confirmed invoices and bills still open and due before this date
     */
    record Filter(String kind, UUID partyId, String state, LocalDate overdueOn) {
    }

    List<InvoiceView> list(Filter filter, long offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(db.tenant()));
        String sql = SELECT + where(filter, params) + " order by i.invoice_date desc, i.id desc limit ? offset ?";
        params.add(limit);
        params.add(offset);
        return db.sql().sql(sql).params(params).query(Invoices::header).list();
    }

    long count(Filter filter) {
        List<Object> params = new ArrayList<>(List.of(db.tenant()));
        return db.sql().sql("select count(*) from acc_invoices i where i.tenant_id = ?" + where(filter, params))
                .params(params).query(Long.class).single();
    }

    private static String where(Filter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        String kind = filter.kind();
        UUID partyId = filter.partyId();
        String state = filter.state();
        if (filter.overdueOn() != null) {
            sql.append(" and i.state = 'POSTED' and not i.credit_note and i.due_date < ? and ").append(OPEN).append(" > 0");
            params.add(filter.overdueOn());
        }
        if (kind != null) {
            sql.append(" and i.kind = ?");
            params.add(kind(kind));
        }
        if (partyId != null) {
            sql.append(" and i.party_id = ?");
            params.add(partyId);
        }
        if (state != null) {
            sql.append(" and i.state = ?");
            params.add(state.toUpperCase());
        }
        return sql.toString();
    }

    /** Confirmed documents of a party still open, oldest due first (at most {@code limit}). */
    List<InvoiceView> open(UUID partyId, int limit) {
        return db.sql().sql(SELECT + " and i.party_id = ? and i.state = 'POSTED' and " + OPEN + " <> 0 "
                        + "order by i.due_date, i.invoice_date, i.id limit ?")
                .params(db.tenant(), partyId, limit).query(Invoices::header).list();
    }

    /**
     * A party's confirmed documents of one kind and currency dated on or before {@code asOf} and open at that date, with
     * their open amounts at that date (allocations dated after it do not count), oldest due first — the documents the
     * aged report's row for the party adds up.
     */
    List<InvoiceView> openAsOf(String kind, UUID partyId, String currency, LocalDate asOf, int limit) {
        String select = SELECT.replace(OPEN, OPEN_AS_OF);
        return db.sql().sql("select * from (" + select + " and i.party_id = ? and i.kind = ? and i.currency = ? "
                        + "and i.state = 'POSTED' and i.invoice_date <= ?) x where x.open <> 0 "
                        + "order by x.due_date, x.invoice_date, x.id limit ?")
                .params(asOf, db.tenant(), partyId, kind, currency, asOf, limit).query(Invoices::header).list();
    }

    private void allocateCreditNote(InvoiceView creditNote) {
        InvoiceView target = lock(creditNote.creditedInvoiceId())
                .orElseThrow(() -> Referenced.notFound("creditedInvoiceId", "Invoice", creditNote.creditedInvoiceId()));
        if (!"POSTED".equals(target.state()) || target.creditNote() || !target.kind().equals(creditNote.kind())
                || !target.partyId().equals(creditNote.partyId()) || !target.currency().equals(creditNote.currency())) {
            throw ApiProblem.invalid("creditedInvoiceId", "must be a confirmed invoice of the same kind, party and currency");
        }
        BigDecimal amount = target.open().min(creditNote.total());
        if (amount.signum() > 0) {
            db.jdbc().batchUpdate("insert into acc_allocations (tenant_id, id, invoice_id, credit_note_id, allocation_date, amount) "
                    + "values (?, ?, ?, ?, ?, ?)", List.of(
                        new Object[] {db.tenant(), Ids.newId(), target.id(), creditNote.id(), creditNote.date(), amount},
                        new Object[] {db.tenant(), Ids.newId(), creditNote.id(), target.id(), creditNote.date(), amount}));
        }
    }

    /** The invoice header, row-locked until the transaction ends. */
    Optional<InvoiceView> lock(UUID id) {
        boolean exists = !db.sql().sql("select id from acc_invoices where tenant_id = ? and id = ? for update")
                .params(db.tenant(), id).query(UUID.class).list().isEmpty();
        return exists ? header(SELECT + " and i.id = ?", id) : Optional.empty();
    }

    private Optional<InvoiceView> header(String sql, UUID id) {
        return db.sql().sql(sql).params(db.tenant(), id).query(Invoices::header).optional();
    }

    private InvoiceView withLines(InvoiceView v) {
        int digits = Money.digits(v.currency());
        List<InvoiceView.Line> lines = db.sql().sql("select l.line_no, l.description, l.quantity, l.unit_price, l.tax_rate, l.net, "
                        + "l.tax, a.code, c.code from acc_invoice_lines l left join acc_accounts a on a.tenant_id = l.tenant_id "
                        + "and a.id = l.account_id left join acc_tax_codes c on c.tenant_id = l.tenant_id and c.id = l.tax_code_id "
                        + "where l.tenant_id = ? and l.invoice_id = ? order by l.line_no")
                .params(db.tenant(), v.id())
                .query((rs, n) -> new InvoiceView.Line(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros(),
                        rs.getBigDecimal(4).stripTrailingZeros(), rs.getBigDecimal(5).stripTrailingZeros(),
                        rs.getBigDecimal(6).setScale(digits), rs.getBigDecimal(7).setScale(digits), rs.getString(8), rs.getString(9)))
                .list();
        return new InvoiceView(v.id(), v.kind(), v.creditNote(), v.creditedInvoiceId(), v.number(), v.state(), v.partyId(), v.date(),
                v.dueDate(), v.currency(), v.subtotal(), v.tax(), v.total(), v.allocated(), v.open(), v.entryId(),
                v.version(), lines);
    }

    static InvoiceView header(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString("currency");
        int digits = Money.digits(currency);
        BigDecimal total = rs.getBigDecimal("total").setScale(digits);
        BigDecimal open = rs.getBigDecimal("open").setScale(digits);
        return new InvoiceView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getBoolean("credit_note"),
                rs.getObject("credited_invoice_id", UUID.class), rs.getString("number"), rs.getString("state"),
                rs.getObject("party_id", UUID.class), rs.getObject("invoice_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), currency, rs.getBigDecimal("subtotal").setScale(digits),
                rs.getBigDecimal("tax").setScale(digits), total, total.subtract(open), open, rs.getObject("entry_id", UUID.class),
                rs.getLong("version"), List.of());
    }

    private String nextNumber(String prefix) {
        int updated = db.sql().sql("update acc_sequences set next_value = next_value + 1 where tenant_id = ? and name = ?")
                .params(db.tenant(), prefix).update();
        if (updated == 0) {
            throw ApiProblem.conflict("Accounting is not set up for this tenant; enable the module through the admin API");
        }
        long value = db.sql().sql("select next_value - 1 from acc_sequences where tenant_id = ? and name = ?")
                .params(db.tenant(), prefix).query(Long.class).single();
        return "%s-%06d".formatted(prefix, value);
    }

    private static PostingLine side(UUID account, UUID party, String currency, BigDecimal amount, boolean debit, BigDecimal zero) {
        return debit ? new PostingLine(account, party, currency, amount, zero) : new PostingLine(account, party, currency, zero, amount);
    }

    static String kind(String kind) {
        if (kind == null || !(kind.equalsIgnoreCase("customer") || kind.equalsIgnoreCase("vendor"))) {
            throw ApiProblem.invalid("kind", "must be customer or vendor");
        }
        return kind.toUpperCase();
    }

    private static BigDecimal decimal(BigDecimal value, String field, boolean positive) {
        if (value == null) {
            throw ApiProblem.invalid(field, "is required");
        }
        if (positive ? value.signum() <= 0 : value.signum() < 0) {
            throw ApiProblem.invalid(field, positive ? "must be greater than zero" : "must not be negative");
        }
        if (value.stripTrailingZeros().scale() > 4 || value.precision() - value.scale() > 15) {
            throw ApiProblem.invalid(field, "must have at most 15 integer digits and 4 decimals");
        }
        return value;
    }

    static Map<String, Object> page(List<?> items, int page, int size) {
        Map<String, Object> result = new HashMap<>();
        result.put("items", items);
        result.put("page", page);
        result.put("size", size);
        return result;
    }
}
