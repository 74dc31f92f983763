package io.tessera.plugins.accounting.dunning;

import io.tessera.plugins.accounting.common.Money;
import io.tessera.plugins.accounting.documents.DocumentText;
import io.tessera.plugins.accounting.documents.InvoiceMails;
import io.tessera.plugins.accounting.invoicing.InvoiceRecords;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Proposes, sends and dismisses reminders. Call inside a transaction.
 *
 * <p>The proposal for an invoice is the level after the highest one already sent for it, once the invoice is that
 * many days overdue: levels are never skipped, a dismissed level is not proposed again (the next one will be, when
 * due). Only confirmed customer invoices (not credit notes) that are still open, past due and not disputed get one;
 * a proposal whose invoice was paid or disputed meanwhile is withdrawn on the next run.
 */
class DunningProposals {

    private static final String SELECT = """
            select p.id, p.invoice_id, i.number, i.party_id, i.due_date, p.level, coalesce(l.name, ''), p.days_overdue,
                   p.open_amount, i.currency, p.fee, p.state, p.proposed_on, p.sent_at, p.recipient
              from acc_dunning_proposals p
              join acc_invoices i on i.tenant_id = p.tenant_id and i.id = p.invoice_id
              left join acc_dunning_levels l on l.tenant_id = p.tenant_id and l.level = p.level
             where p.tenant_id = ?""";

    private final TenantJdbc db;
    private final DunningLevels levels;
    private final InvoiceRecords invoices;
    private final InvoiceMails mails;
    private final Parties parties;

    DunningProposals(TenantJdbc db, DunningLevels levels, InvoiceRecords invoices, InvoiceMails mails, Parties parties) {
        this.db = db;
        this.levels = levels;
        this.invoices = invoices;
        this.mails = mails;
        this.parties = parties;
    }

    /** What a run changed. */
    record Run(LocalDate on, int proposed, int withdrawn) {
    }

    /** Brings the proposals up to date for {@code today}; one run per tenant at a time (the settings row is locked). */
    Run propose(LocalDate today) {
        db.sql().sql("select id from acc_settings where tenant_id = ? for update").params(db.tenant()).query(UUID.class).list();
        List<DunningLevel> ladder = levels.all();
        record Candidate(UUID invoice, LocalDate due, BigDecimal open, int lastLevel, Set<Integer> closed) {
        }
        Map<UUID, Candidate> candidates = new HashMap<>();
        db.sql().sql("""
                        select i.id, i.due_date,
                               i.total - coalesce((select sum(a.amount) from acc_allocations a
                                                    where a.tenant_id = i.tenant_id and a.invoice_id = i.id), 0) as open,
                               coalesce((select max(p.level) from acc_dunning_proposals p
                                          where p.tenant_id = i.tenant_id and p.invoice_id = i.id and p.state = 'SENT'), 0) as last_level
                          from acc_invoices i
                         where i.tenant_id = ? and i.kind = 'CUSTOMER' and not i.credit_note and i.state = 'POSTED'
                           and not i.disputed and i.due_date < ?""")
                .params(db.tenant(), today)
                .query((rs, n) -> {
                    BigDecimal open = rs.getBigDecimal(3);
                    if (open.signum() > 0) {
                        UUID id = rs.getObject(1, UUID.class);
                        candidates.put(id, new Candidate(id, rs.getObject(2, LocalDate.class), open, rs.getInt(4), new java.util.HashSet<>()));
                    }
                    return null;
                })
                .list();
        // levels already decided (sent or dismissed) per invoice, and the open proposals
        Map<UUID, UUID> openProposal = new HashMap<>();
        Map<UUID, Integer> openLevel = new HashMap<>();
        db.sql().sql("select invoice_id, level, state, id from acc_dunning_proposals where tenant_id = ? and state <> 'SENT'")
                .params(db.tenant())
                .query((rs, n) -> {
                    UUID invoice = rs.getObject(1, UUID.class);
                    if ("PROPOSED".equals(rs.getString(3))) {
                        openProposal.put(invoice, rs.getObject(4, UUID.class));
                        openLevel.put(invoice, rs.getInt(2));
                    } else if (candidates.containsKey(invoice)) {
                        candidates.get(invoice).closed().add(rs.getInt(2));
                    }
                    return null;
                })
                .list();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        Set<UUID> keep = new java.util.HashSet<>();
        for (Candidate c : candidates.values()) {
            int days = (int) ChronoUnit.DAYS.between(c.due(), today);
            DunningLevel next = ladder.stream()
                    .filter(l -> l.level() > c.lastLevel() && !c.closed().contains(l.level()))
                    .findFirst().orElse(null);
            if (next == null || next.daysOverdue() > days) {
                continue;
            }
            UUID existing = openProposal.get(c.invoice());
            if (existing != null && openLevel.get(c.invoice()) == next.level()) {
                keep.add(existing);
                updates.add(new Object[] {days, c.open(), next.fee(), today, db.tenant(), existing});
            } else {
                inserts.add(new Object[] {db.tenant(), Ids.newId(), c.invoice(), next.level(), days, c.open(), next.fee(), today});
            }
        }
        List<Object[]> withdrawn = openProposal.values().stream().filter(id -> !keep.contains(id))
                .map(id -> new Object[] {db.tenant(), id}).toList();
        if (!withdrawn.isEmpty()) {
            db.jdbc().batchUpdate("delete from acc_dunning_proposals where tenant_id = ? and id = ? and state = 'PROPOSED'", withdrawn);
        }
        if (!updates.isEmpty()) {
            db.jdbc().batchUpdate("update acc_dunning_proposals set days_overdue = ?, open_amount = ?, fee = ?, proposed_on = ? "
                    + "where tenant_id = ? and id = ?", updates);
        }
        if (!inserts.isEmpty()) {
            db.jdbc().batchUpdate("insert into acc_dunning_proposals (tenant_id, id, invoice_id, level, days_overdue, open_amount, fee, "
                    + "state, proposed_on) values (?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?)", inserts);
        }
        return new Run(today, inserts.size(), withdrawn.size());
    }

    /** Proposals in a state, oldest first, a page after the id {@code after} (keyset). */
    List<Proposal> list(String state, UUID after, int size) {
        List<Object> params = new ArrayList<>(List.of(db.tenant(), state));
        String sql = SELECT + " and p.state = ?";
        if (after != null) {
            sql += " and p.id > ?";
            params.add(after);
        }
        params.add(size);
        return db.sql().sql(sql + " order by p.id limit ?").params(params).query(DunningProposals::proposal).list();
    }

    /** A party's sent reminders, newest first (at most {@code limit}). */
    List<Proposal> history(UUID partyId, int limit) {
        return db.sql().sql(SELECT + " and i.party_id = ? and p.state = 'SENT' order by p.sent_at desc, p.id desc limit ?")
                .params(db.tenant(), partyId, limit).query(DunningProposals::proposal).list();
    }

    /** Sends a proposed reminder by mail (the invoice's PDF attached), through the outbox; refused once decided or disputed. */
    Proposal send(UUID id, String to) {
        Proposal p = lockProposed(id);
        if (invoices.disputed(p.invoiceId())) {
            throw ApiProblem.conflict("Invoice " + p.invoiceNumber() + " is disputed: no reminder is sent for it");
        }
        DunningLevel level = levels.all().stream().filter(l -> l.level() == p.level()).findFirst()
                .orElseThrow(() -> ApiProblem.conflict("Level " + p.level() + " no longer exists"));
        String language = mails.defaultLanguage();
        DocumentText text = new DocumentText(language);
        Map<String, String> values = new HashMap<>();
        values.put("party", parties.find(p.partyId()).map(PartySummary::name).orElse(""));
        values.put("number", p.invoiceNumber());
        values.put("dueDate", text.date(p.dueDate()));
        values.put("open", text.amount(p.open(), p.currency()));
        values.put("currency", p.currency());
        values.put("daysOverdue", Integer.toString(p.daysOverdue()));
        values.put("fee", p.fee() == null ? "" : text.amount(p.fee().setScale(Money.digits(p.currency()), java.math.RoundingMode.HALF_UP), p.currency()));
        values.put("company", mails.companyName());
        InvoiceMails.Send send = mails.queue(p.invoiceId(), to, language, "DUNNING", p.level(), fill(level.subject(), values),
                fill(level.body(), values));
        db.sql().sql("update acc_dunning_proposals set state = 'SENT', send_id = ?, sent_at = ?, recipient = ? where tenant_id = ? and id = ?")
                .params(send.id(), send.requestedAt().atOffset(ZoneOffset.UTC), send.to(), db.tenant(), id).update();
        return find(id);
    }

    Proposal dismiss(UUID id) {
        lockProposed(id);
        db.sql().sql("update acc_dunning_proposals set state = 'DISMISSED' where tenant_id = ? and id = ?").params(db.tenant(), id).update();
        return find(id);
    }

    private Proposal lockProposed(UUID id) {
        boolean exists = !db.sql().sql("select id from acc_dunning_proposals where tenant_id = ? and id = ? for update")
                .params(db.tenant(), id).query(UUID.class).list().isEmpty();
        if (!exists) {
            throw ApiProblem.notFound("Dunning proposal", id);
        }
        Proposal p = find(id);
        if (!"PROPOSED".equals(p.state())) {
            throw ApiProblem.conflict("This reminder was already " + p.state().toLowerCase());
        }
        return p;
    }

    Proposal find(UUID id) {
        return db.sql().sql(SELECT + " and p.id = ?").params(db.tenant(), id).query(DunningProposals::proposal).optional()
                .orElseThrow(() -> ApiProblem.notFound("Dunning proposal", id));
    }

    /** The template with its {@code {name}} placeholders replaced; unknown ones stay as they are. */
    static String fill(String template, Map<String, String> values) {
        String result = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            result = result.replace("{" + e.getKey() + "}", e.getValue());
        }
        return result;
    }

    private static Proposal proposal(ResultSet rs, int n) throws SQLException {
        String currency = rs.getString(10);
        int digits = Money.digits(currency);
        BigDecimal fee = rs.getBigDecimal(11);
        OffsetDateTime sent = rs.getObject(14, OffsetDateTime.class);
        Instant sentAt = sent == null ? null : sent.toInstant();
        return new Proposal(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                rs.getObject(5, LocalDate.class), rs.getInt(6), rs.getString(7), rs.getInt(8), rs.getBigDecimal(9).setScale(digits),
                currency, fee == null ? null : fee.stripTrailingZeros(), rs.getString(12), rs.getObject(13, LocalDate.class), sentAt,
                rs.getString(15));
    }
}
