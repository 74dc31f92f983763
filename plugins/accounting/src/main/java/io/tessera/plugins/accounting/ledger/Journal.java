package io.tessera.plugins.accounting.ledger;

import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Journal entries for in-process callers (the plugin's views): the same rules as the REST API, each call in its
 * own transaction (retried on serialization failures).
 */
public class Journal {

    private static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);
    private static final LocalDate END = LocalDate.of(9999, 12, 31);

    private final JournalEntries entries;
    private final TenantJdbc db;

    Journal(JournalEntries entries, TenantJdbc db) {
        this.entries = entries;
        this.db = db;
    }

    /**
     * A line as entered: an account code and a debit or a credit in the base currency.
     *
     * @param account account code
     * @param debit   debit, or {@code null}
     * @param credit  credit, or {@code null}
     */
    public record NewLine(String account, BigDecimal debit, BigDecimal credit) {
    }

    /**
     * One row of the entry list.
     *
     * @param id          entry id
     * @param state       {@code POSTED} or {@code DRAFT}
     * @param date        accounting date
     * @param description description
     */
    public record Row(UUID id, String state, LocalDate date, String description) {
    }

    /**
     * Creates a draft or posts an entry at once.
     *
     * @param date        accounting date
     * @param description description
     * @param lines       lines
     * @param post        whether to post
     * @return the entry
     * @throws org.springframework.web.ErrorResponseException 422 naming the field when refused
     */
    @RequiresPermission("accounting.write")
    public EntryView create(LocalDate date, String description, List<NewLine> lines, boolean post) {
        EntryBody body = new EntryBody(date, description, post, lines.stream()
                .map(l -> new EntryBody.LineBody(l.account(), l.debit(), l.credit(), null, null)).toList());
        UUID id = Ids.newId();
        return db.tx().write(() -> entries.create(id, body));
    }

    /**
     * Posts a draft.
     *
     * @param id the draft's id
     * @return the posted entry
     */
    @RequiresPermission("accounting.write")
    public EntryView post(UUID id) {
        return db.tx().write(() -> entries.post(id));
    }

    /**
     * Reverses a posted entry today.
     *
     * @param id the entry's id
     * @return the reversing entry
     */
    @RequiresPermission("accounting.write")
    public EntryView reverse(UUID id) {
        return db.tx().write(() -> entries.reverse(id, null, null));
    }

    /**
     * Reads an entry.
     *
     * @param id its id
     * @return the entry
     * @throws org.springframework.web.ErrorResponseException 404 when there is none
     */
    public EntryView get(UUID id) {
        return db.tx().read(() -> entries.find(id).orElseThrow(() -> ApiProblem.notFound("Journal entry", id)));
    }

    /**
     * A page of entries in date order.
     *
     * @param state  {@code POSTED} or {@code DRAFT}
     * @param offset first row
     * @param limit  rows (at most 500)
     * @return the rows
     */
    public List<Row> page(String state, long offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        String table = "DRAFT".equals(state) ? "acc_drafts" : "acc_entries";
        return db.tx().read(() -> db.sql().sql("select id, entry_date, description from " + table
                        + " where tenant_id = ? order by entry_date desc, id limit ? offset ?")
                .params(db.tenant(), size, Math.max(0, offset))
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), "DRAFT".equals(state) ? "DRAFT" : "POSTED",
                        rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list());
    }

    /**
     * How many entries there are in a state.
     *
     * @param state {@code POSTED} or {@code DRAFT}
     * @return the count
     */
    public long count(String state) {
        return db.tx().read(() -> entries.count(state, BEGINNING, END));
    }

}
