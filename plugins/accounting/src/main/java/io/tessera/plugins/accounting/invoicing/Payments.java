package io.tessera.plugins.accounting.invoicing;

import io.tessera.plugins.accounting.api.PaymentReceived;
import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountRole;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.plugins.accounting.common.Parties;
import io.tessera.plugins.accounting.common.Referenced;
import io.tessera.plugins.accounting.ledger.JournalPoster;
import io.tessera.plugins.accounting.ledger.PostingLine;
import io.tessera.plugins.accounting.ledger.PostingRequest;
import io.tessera.plugins.accounting.ledger.Rates;
import io.tessera.sdk.audit.AuditRecord;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Payments: validates the allocations against the documents' open amounts with the documents row-locked
 * (in id order, so concurrent payments cannot deadlock or over-allocate), writes the payment and its
 * allocations, and posts bank against receivable or payable. Call inside a transaction.
 */
class Payments {

    private final TenantJdbc db;
    private final Accounts accounts;
    private final SettingsStore settings;
    private final Parties parties;
    private final Invoices invoices;
    private final JournalPoster poster;
    private final Rates rates;
    private final EventPublisher events;

    Payments(TenantJdbc db, Accounts accounts, SettingsStore settings, Parties parties, Invoices invoices, JournalPoster poster,
             Rates rates, EventPublisher events) {
        this.rates = rates;
        this.db = db;
        this.accounts = accounts;
        this.settings = settings;
        this.parties = parties;
        this.invoices = invoices;
        this.poster = poster;
        this.events = events;
    }

    @RequiresPermission("accounting.write")
    Map<String, Object> create(UUID paymentId, PaymentBody body) {
        return create(paymentId, body, null);
    }

    /**
     * Records a payment through a given bank ledger account (a reconciled statement line's bank account) instead of the
     * chart's bank account.
     */
    @RequiresPermission("accounting.write")
    Map<String, Object> create(UUID paymentId, PaymentBody body, UUID bankAccountId) {
        if (body.partyId() == null) {
            throw ApiProblem.invalid("partyId", "is required");
        }
        if (!parties.unknown(Set.of(body.partyId())).isEmpty()) {
            throw Referenced.notFound("partyId", "Party", body.partyId());
        }
        if (body.date() == null) {
            throw ApiProblem.invalid("date", "is required");
        }
        String currency = body.currency() == null ? settings.current().baseCurrency() : Money.currency(body.currency(), "currency");
        BigDecimal amount = Money.positive(body.amount(), currency, "amount");
        List<PaymentBody.Allocation> allocations = body.allocations() == null ? List.of() : body.allocations();
        Set<UUID> ids = new TreeSet<>();
        for (int i = 0; i < allocations.size(); i++) {
            PaymentBody.Allocation a = allocations.get(i);
            if (a == null || a.invoiceId() == null) {
                throw ApiProblem.invalid("allocations[" + i + "].invoiceId", "is required");
            }
            if (!ids.add(a.invoiceId())) {
                throw ApiProblem.invalid("allocations[" + i + "].invoiceId", "appears twice");
            }
        }
        Map<UUID, InvoiceView> docs = new HashMap<>();
        for (UUID id : ids) {
            invoices.lock(id).ifPresent(doc -> docs.put(id, doc));
        }
        String side = null;
        String direction = null;
        BigDecimal allocated = BigDecimal.ZERO;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            PaymentBody.Allocation a = allocations.get(i);
            String field = "allocations[" + i + "]";
            InvoiceView doc = docs.get(a.invoiceId());
            if (doc == null) {
                throw Referenced.notFound(field + ".invoiceId", "Invoice", a.invoiceId());
            }
            if (!"POSTED".equals(doc.state()) || !doc.partyId().equals(body.partyId()) || !doc.currency().equals(currency)) {
                throw ApiProblem.invalid(field + ".invoiceId", "must be a confirmed document of the same party and currency");
            }
            String docSide = "CUSTOMER".equals(doc.kind()) ? "RECEIVABLE" : "PAYABLE";
            String docDirection = "CUSTOMER".equals(doc.kind()) != doc.creditNote() ? "RECEIVED" : "SENT";
            if ((side != null && !side.equals(docSide)) || (direction != null && !direction.equals(docDirection))) {
                throw ApiProblem.invalid(field + ".invoiceId", "settles in the other direction than the other allocations");
            }
            side = docSide;
            direction = docDirection;
            BigDecimal part = Money.positive(a.amount(), currency, field + ".amount");
            if (part.compareTo(doc.open()) > 0) {
                throw ApiProblem.invalid(field + ".amount", "exceeds the open amount " + doc.open() + " of " + doc.number());
            }
            allocated = allocated.add(part);
            rows.add(new Object[] {db.tenant(), Ids.newId(), doc.id(), paymentId, body.date(), part});
        }
        if (allocated.compareTo(amount) > 0) {
            throw ApiProblem.invalid("allocations", "add up to " + allocated + ", more than the payment amount " + amount);
        }
        if (body.direction() != null) {
            String asked = body.direction().toUpperCase();
            if (!asked.equals("RECEIVED") && !asked.equals("SENT")) {
                throw ApiProblem.invalid("direction", "must be received or sent");
            }
            if (direction != null && !direction.equals(asked)) {
                throw ApiProblem.invalid("direction", "does not match the allocated documents (" + direction.toLowerCase() + ")");
            }
            direction = asked;
        }
        if (direction == null) {
            direction = "RECEIVED";
        }
        if (side == null) {
            side = direction.equals("RECEIVED") ? "RECEIVABLE" : "PAYABLE";
        }
        Map<AccountRole, Account> roles = accounts.roles();
        UUID bank = bankAccountId != null ? bankAccountId : Accounts.require(roles, AccountRole.BANK).id();
        Account partner = Accounts.require(roles, side.equals("RECEIVABLE") ? AccountRole.RECEIVABLE : AccountRole.PAYABLE);
        boolean received = direction.equals("RECEIVED");
        UUID entryId = Ids.newId();
        List<PostingLine> lines = lines(body, currency, amount, received, bank, partner, docs, allocations, allocated, roles);
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("direction", direction);
        audited.put("partyId", body.partyId().toString());
        audited.put("amount", amount.toPlainString());
        audited.put("currency", currency);
        audited.put("allocated", allocated.toPlainString());
        audited.put("invoiceIds", ids.stream().map(UUID::toString).toList());
        audited.put("entryId", entryId.toString());
        poster.post(new PostingRequest(entryId, body.date(), "Payment " + direction.toLowerCase(), "payment", paymentId, null, lines),
                new AuditRecord("Payment", paymentId.toString(), "RECORD", audited));
        db.sql().sql("insert into acc_payments (tenant_id, id, direction, side, party_id, payment_date, amount, currency, entry_id, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(db.tenant(), paymentId, direction, side, body.partyId(), body.date(), amount, currency, entryId,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        db.jdbc().batchUpdate("insert into acc_allocations (tenant_id, id, invoice_id, payment_id, allocation_date, amount) "
                + "values (?, ?, ?, ?, ?, ?)", rows);
        if (received) {
            events.publish(new PaymentReceived(paymentId, body.partyId(), body.date(), amount, currency, List.copyOf(ids), entryId));
        }
        return find(paymentId).orElseThrow();
    }

    /**
     * Bank against receivable/payable. In a foreign currency, the bank line is valued at the payment date's rate, the
     * allocated parts of the receivable/payable at the rates their documents were booked at (so a settled document
     * leaves no base-currency residue), the unallocated rest at the payment date's rate; the difference is the
     * realized exchange gain or loss.
     */
    private List<PostingLine> lines(PaymentBody body, String currency, BigDecimal amount, boolean received, UUID bank,
                                    Account partner, Map<UUID, InvoiceView> docs, List<PaymentBody.Allocation> allocations,
                                    BigDecimal allocated, Map<AccountRole, Account> roles) {
        BigDecimal zero = BigDecimal.ZERO.setScale(Money.digits(currency));
        String base = settings.current().baseCurrency();
        if (currency.equals(base)) {
            return List.of(
                    new PostingLine(bank, null, currency, received ? amount : zero, received ? zero : amount),
                    new PostingLine(partner.id(), body.partyId(), currency, received ? zero : amount, received ? amount : zero));
        }
        BigDecimal rate = rates.on(currency, body.date()).orElseThrow(() -> ApiProblem.invalid("currency",
                "has no exchange rate to " + base + " on or before " + body.date()));
        Map<UUID, BigDecimal> bookedRates = bookedRates(docs, partner);
        BigDecimal bankBase = Money.round(amount.multiply(rate), base);
        BigDecimal partnerBase = Money.round(amount.subtract(allocated).multiply(rate), base);
        for (PaymentBody.Allocation a : allocations) {
            InvoiceView doc = docs.get(a.invoiceId());
            partnerBase = partnerBase.add(Money.round(Money.amount(a.amount(), currency, "amount")
                    .multiply(bookedRates.getOrDefault(doc.entryId(), rate)), base));
        }
        BigDecimal baseZero = BigDecimal.ZERO.setScale(Money.digits(base));
        List<PostingLine> lines = new ArrayList<>();
        lines.add(new PostingLine(bank, null, currency, received ? amount : zero, received ? zero : amount,
                received ? bankBase : baseZero, received ? baseZero : bankBase, rate));
        lines.add(new PostingLine(partner.id(), body.partyId(), currency, received ? zero : amount, received ? amount : zero,
                received ? baseZero : partnerBase, received ? partnerBase : baseZero, rate));
        BigDecimal debits = received ? bankBase : partnerBase;
        BigDecimal credits = received ? partnerBase : bankBase;
        int gap = debits.compareTo(credits);
        if (gap > 0) {
            Account gain = Accounts.require(roles, AccountRole.FX_GAIN);
            lines.add(new PostingLine(gain.id(), null, base, baseZero, baseZero, baseZero, debits.subtract(credits), BigDecimal.ONE));
        } else if (gap < 0) {
            Account loss = Accounts.require(roles, AccountRole.FX_LOSS);
            lines.add(new PostingLine(loss.id(), null, base, baseZero, baseZero, credits.subtract(debits), baseZero, BigDecimal.ONE));
        }
        return lines;
    }

    /** The rate each document's receivable/payable line was booked at, by journal entry, in one query. */
    private Map<UUID, BigDecimal> bookedRates(Map<UUID, InvoiceView> docs, Account partner) {
        Map<UUID, BigDecimal> rates = new HashMap<>();
        List<UUID> entries = docs.values().stream().map(InvoiceView::entryId).filter(java.util.Objects::nonNull).toList();
        if (!entries.isEmpty()) {
            db.sql().sql("select entry_id, max(rate) from acc_lines where tenant_id = :t and account_id = :a and entry_id in (:e) "
                            + "group by entry_id")
                    .param("t", db.tenant()).param("a", partner.id()).param("e", entries)
                    .query((rs, n) -> rates.put(rs.getObject(1, UUID.class), rs.getBigDecimal(2))).list();
        }
        return rates;
    }

    Optional<Map<String, Object>> find(UUID id) {
        return db.sql().sql("select id, direction, party_id, payment_date, amount, currency, entry_id from acc_payments "
                        + "where tenant_id = ? and id = ?").params(db.tenant(), id)
                .query((rs, n) -> {
                    String currency = rs.getString(6);
                    Map<String, Object> p = new HashMap<>();
                    p.put("id", rs.getObject(1, UUID.class));
                    p.put("direction", rs.getString(2));
                    p.put("partyId", rs.getObject(3, UUID.class));
                    p.put("date", rs.getObject(4, LocalDate.class));
                    p.put("amount", rs.getBigDecimal(5).setScale(Money.digits(currency)));
                    p.put("currency", currency);
                    p.put("entryId", rs.getObject(7, UUID.class));
                    return p;
                }).optional().map(p -> {
                    String currency = (String) p.get("currency");
                    List<Map<String, Object>> allocations = db.sql().sql("select invoice_id, amount from acc_allocations "
                                    + "where tenant_id = ? and payment_id = ? order by invoice_id").params(db.tenant(), id)
                            .query((rs, n) -> Map.<String, Object>of("invoiceId", rs.getObject(1, UUID.class),
                                    "amount", rs.getBigDecimal(2).setScale(Money.digits(currency)))).list();
                    BigDecimal allocated = allocations.stream().map(a -> (BigDecimal) a.get("amount"))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    p.put("allocations", allocations);
                    p.put("unallocated", ((BigDecimal) p.get("amount")).subtract(allocated));
                    return p;
                });
    }
}
