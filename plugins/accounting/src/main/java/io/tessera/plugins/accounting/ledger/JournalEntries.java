package io.tessera.plugins.accounting.ledger;

import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Money;
import io.tessera.plugins.accounting.common.Parties;
import io.tessera.plugins.accounting.common.Referenced;
import io.tessera.sdk.audit.AuditRecord;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Manual journal entries: drafts, posting, reversal, reading. Call inside a transaction. */
class JournalEntries {

    /** The longest description an entry keeps (its column is varchar(500)). */
    private static final int MAX_DESCRIPTION = 500;
    private static final String POSTED_LINES = """
            select l.line_no, a.code, a.name, l.party_id, l.currency, l.debit, l.credit, l.base_debit, l.base_credit, l.rate
              from acc_lines l join acc_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
             where l.tenant_id = ? and l.entry_id = ? order by l.line_no
            """;
    private static final String DRAFT_LINES = """
            select l.line_no, a.code, a.name, l.party_id, l.currency, l.debit, l.credit, null as base_debit,
                   null as base_credit, null as rate
              from acc_draft_lines l join acc_accounts a on a.tenant_id = l.tenant_id and a.id = l.account_id
             where l.tenant_id = ? and l.draft_id = ? order by l.line_no
            """;

    private final TenantJdbc db;
    private final Accounts accounts;
    private final SettingsStore settings;
    private final Parties parties;
    private final JournalPoster poster;

    JournalEntries(TenantJdbc db, Accounts accounts, SettingsStore settings, Parties parties, JournalPoster poster) {
        this.db = db;
        this.accounts = accounts;
        this.settings = settings;
        this.parties = parties;
        this.poster = poster;
    }

    @RequiresPermission("accounting.write")
    EntryView create(UUID id, EntryBody body) {
        String base = settings.current().baseCurrency(); // read once for the lines and the answer
        List<PostingLine> lines = resolve(body, body.posting(), base);
        if (body.posting()) {
            poster.post(new PostingRequest(id, body.date(), description(body), "manual", null, null, lines));
        } else {
            insertDraft(id, body, lines);
        }
        return find(id, base).orElseThrow();
    }

    @RequiresPermission("accounting.write")
    EntryView replaceDraft(UUID id, EntryBody body) {
        lockDraft(id);
        List<PostingLine> lines = resolve(body, false);
        db.sql().sql("delete from acc_drafts where tenant_id = ? and id = ?").params(db.tenant(), id).update();
        insertDraft(id, body, lines);
        return find(id).orElseThrow();
    }

    @RequiresPermission("accounting.write")
    EntryView patchDraft(UUID id, EntryBody patch) {
        EntryView draft = lockDraft(id);
        List<EntryBody.LineBody> lines = patch.lines() != null ? patch.lines() : draft.lines().stream()
                .map(l -> new EntryBody.LineBody(l.account(), l.debit(), l.credit(), l.currency(), l.partyId())).toList();
        EntryBody merged = new EntryBody(patch.date() != null ? patch.date() : draft.date(),
                patch.description() != null ? patch.description() : draft.description(), false, lines);
        return replaceDraft(id, merged);
    }

    @RequiresPermission("accounting.write")
    void deleteDraft(UUID id) {
        lockDraft(id);
        db.sql().sql("delete from acc_drafts where tenant_id = ? and id = ?").params(db.tenant(), id).update();
    }

    @RequiresPermission("accounting.write")
    EntryView post(UUID id) {
        EntryView draft = lockDraft(id);
        EntryBody body = new EntryBody(draft.date(), draft.description(), true, draft.lines().stream()
                .map(l -> new EntryBody.LineBody(l.account(), l.debit(), l.credit(), l.currency(), l.partyId())).toList());
        List<PostingLine> lines = resolve(body, true);
        db.sql().sql("delete from acc_drafts where tenant_id = ? and id = ?").params(db.tenant(), id).update();
        poster.post(new PostingRequest(id, draft.date(), draft.description(), "manual", null, null, lines));
        return find(id).orElseThrow();
    }

    @RequiresPermission("accounting.write")
    EntryView reverse(UUID id, LocalDate date, String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw ApiProblem.invalid("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        EntryView original = find(id).orElseThrow(() -> ApiProblem.notFound("Journal entry", id));
        if (!"POSTED".equals(original.state())) {
            throw ApiProblem.conflict("Only a posted entry can be reversed; delete the draft instead");
        }
        if (original.reversedBy() != null) {
            throw ApiProblem.conflict("Journal entry " + id + " is already reversed by " + original.reversedBy());
        }
        Map<String, Account> byCode = accounts.byCodes(original.lines().stream().map(EntryView.Line::account).toList());
        List<PostingLine> lines = original.lines().stream().map(l -> new PostingLine(byCode.get(l.account()).id(),
                l.partyId(), l.currency(), l.credit(), l.debit(), l.baseCredit(), l.baseDebit(), l.rate())).toList();
        UUID reversal = Ids.newId();
        LocalDate on = date != null ? date : LocalDate.now(ZoneOffset.UTC);
        String text = description != null ? description : "Reversal of " + original.description();
        poster.post(new PostingRequest(reversal, on, text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text,
                "reversal", id, id, lines), new AuditRecord("JournalEntry", id.toString(), "REVERSE",
                Map.of("reversedBy", reversal.toString(), "date", on.toString())));
        return find(reversal).orElseThrow();
    }

    Optional<EntryView> find(UUID id) {
        return find(id, settings.current().baseCurrency());
    }

    private Optional<EntryView> find(UUID id, String base) {
        Optional<EntryView> posted = db.sql().sql("""
                        select e.entry_date, e.description, e.source, e.source_id, e.reversal_of,
                               (select r.id from acc_entries r where r.tenant_id = e.tenant_id and r.reversal_of = e.id) as reversed_by
                          from acc_entries e where e.tenant_id = ? and e.id = ?
                        """).params(db.tenant(), id)
                .query((rs, n) -> new EntryView(id, "POSTED", rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getObject(6, UUID.class), base, null, null))
                .optional();
        if (posted.isPresent()) {
            return posted.map(e -> withLines(e, POSTED_LINES, base));
        }
        return db.sql().sql("select entry_date, description from acc_drafts where tenant_id = ? and id = ?")
                .params(db.tenant(), id)
                .query((rs, n) -> new EntryView(id, "DRAFT", rs.getObject(1, LocalDate.class), rs.getString(2), "manual",
                        null, null, null, base, null, null))
                .optional().map(e -> withLines(e, DRAFT_LINES, base));
    }

    List<Map<String, Object>> list(String state, LocalDate from, LocalDate to, int page, int size) {
        String table = "DRAFT".equals(state) ? "acc_drafts" : "acc_entries";
        return db.sql().sql("select id, entry_date, description from " + table
                        + " where tenant_id = ? and entry_date >= ? and entry_date <= ? order by entry_date, id limit ? offset ?")
                .params(db.tenant(), from, to, size, (long) page * size)
                .query((rs, n) -> Map.<String, Object>of("id", rs.getObject(1, UUID.class), "state", state,
                        "date", rs.getObject(2, LocalDate.class), "description", rs.getString(3)))
                .list();
    }

    long count(String state, LocalDate from, LocalDate to) {
        String table = "DRAFT".equals(state) ? "acc_drafts" : "acc_entries";
        return db.sql().sql("select count(*) from " + table + " where tenant_id = ? and entry_date >= ? and entry_date <= ?")
                .params(db.tenant(), from, to).query(Long.class).single();
    }

    /** The draft, row-locked; 409 when the entry is posted, 404 when it does not exist. */
    private EntryView lockDraft(UUID id) {
        boolean draft = !db.sql().sql("select id from acc_drafts where tenant_id = ? and id = ? for update")
                .params(db.tenant(), id).query(UUID.class).list().isEmpty();
        if (!draft) {
            boolean posted = db.sql().sql("select count(*) from acc_entries where tenant_id = ? and id = ?")
                    .params(db.tenant(), id).query(Long.class).single() > 0;
            if (posted) {
                throw ApiProblem.conflict("Journal entry " + id + " is posted and cannot be changed; reverse it instead");
            }
            throw ApiProblem.notFound("Journal entry", id);
        }
        return find(id).orElseThrow();
    }

    private EntryView withLines(EntryView e, String sql, String base) {
        List<EntryView.Line> lines = db.sql().sql(sql).params(db.tenant(), e.id()).query(JournalEntries::line).list();
        BigDecimal debit = BigDecimal.ZERO;
        BigDecimal credit = BigDecimal.ZERO;
        List<EntryView.Line> scaled = new ArrayList<>();
        for (EntryView.Line l : lines) {
            int digits = Money.digits(l.currency());
            int baseDigits = Money.digits(base);
            EntryView.Line s = new EntryView.Line(l.lineNo(), l.account(), l.accountName(), l.partyId(), l.currency(),
                    l.debit().setScale(digits), l.credit().setScale(digits),
                    l.baseDebit() == null ? null : l.baseDebit().setScale(baseDigits),
                    l.baseCredit() == null ? null : l.baseCredit().setScale(baseDigits),
                    l.rate() == null ? null : l.rate().stripTrailingZeros());
            scaled.add(s);
            debit = debit.add(s.baseDebit() != null ? s.baseDebit() : s.debit());
            credit = credit.add(s.baseCredit() != null ? s.baseCredit() : s.credit());
        }
        return new EntryView(e.id(), e.state(), e.date(), e.description(), e.source(), e.sourceId(), e.reversalOf(),
                e.reversedBy(), base, scaled, new EntryView.Totals(debit, credit));
    }

    private static EntryView.Line line(ResultSet rs, int n) throws SQLException {
        return new EntryView.Line(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
                rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getBigDecimal(9), rs.getBigDecimal(10));
    }

    private void insertDraft(UUID id, EntryBody body, List<PostingLine> lines) {
        db.sql().sql("insert into acc_drafts (tenant_id, id, entry_date, description, created_at) values (?, ?, ?, ?, ?)")
                .params(db.tenant(), id, body.date(), description(body), OffsetDateTime.now(ZoneOffset.UTC)).update();
        List<Object[]> rows = new ArrayList<>();
        int lineNo = 0;
        for (PostingLine l : lines) {
            rows.add(new Object[] {db.tenant(), Ids.newId(), id, ++lineNo, l.accountId(), l.partyId(), l.currency(), l.debit(),
                l.credit()});
        }
        db.jdbc().batchUpdate("insert into acc_draft_lines (tenant_id, id, draft_id, line_no, account_id, party_id, currency, "
                + "debit, credit) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Validates the body and resolves account codes (one query) and parties (one query). */
    private List<PostingLine> resolve(EntryBody body, boolean forPosting) {
        return resolve(body, forPosting, settings.current().baseCurrency());
    }

    private List<PostingLine> resolve(EntryBody body, boolean forPosting, String base) {
        if (body.date() == null) {
            throw ApiProblem.invalid("date", "is required");
        }
        if (body.description() != null && body.description().length() > MAX_DESCRIPTION) {
            throw ApiProblem.invalid("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (body.lines() == null || body.lines().size() < (forPosting ? 2 : 1)) {
            throw ApiProblem.invalid("lines", forPosting ? "must have at least two lines" : "must have at least one line");
        }
        if (body.lines().size() > 1000) {
            throw ApiProblem.invalid("lines", "must have at most 1000 lines");
        }
        Set<String> codes = new LinkedHashSet<>();
        Set<UUID> partyIds = new LinkedHashSet<>();
        for (int i = 0; i < body.lines().size(); i++) {
            EntryBody.LineBody line = body.lines().get(i);
            if (line == null || line.account() == null || line.account().isBlank()) {
                throw ApiProblem.invalid("lines[" + i + "].account", "is required");
            }
            codes.add(line.account());
            if (line.partyId() != null) {
                partyIds.add(line.partyId());
            }
        }
        Map<String, Account> byCode = accounts.byCodes(codes);
        Set<UUID> unknownParties = parties.unknown(partyIds);
        List<PostingLine> lines = new ArrayList<>();
        for (int i = 0; i < body.lines().size(); i++) {
            EntryBody.LineBody line = body.lines().get(i);
            String field = "lines[" + i + "]";
            Account account = byCode.get(line.account());
            if (account == null) {
                throw ApiProblem.invalid(field + ".account", "is not an account code: " + line.account());
            }
            if (!account.active()) {
                throw ApiProblem.invalid(field + ".account", "is inactive: " + line.account());
            }
            if (line.partyId() != null && unknownParties.contains(line.partyId())) {
                throw Referenced.notFound(field + ".partyId", "Party", line.partyId());
            }
            String currency = line.currency() == null ? base : Money.currency(line.currency(), field + ".currency");
            BigDecimal debit = Money.amount(line.debit(), currency, field + ".debit");
            BigDecimal credit = Money.amount(line.credit(), currency, field + ".credit");
            if ((debit.signum() == 0) == (credit.signum() == 0)) {
                throw ApiProblem.invalid(field, "must have either a debit or a credit amount greater than zero");
            }
            lines.add(new PostingLine(account.id(), line.partyId(), currency, debit, credit));
        }
        return lines;
    }

    private static String description(EntryBody body) {
        return Objects.requireNonNullElse(body.description(), "").strip();
    }
}
