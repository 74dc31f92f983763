package io.tessera.plugins.inventory.count;

import io.tessera.sdk.persistence.TenantJdbc;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The count sheets of the current tenant for the views: newest first, a page at a time by keyset, each with how many
 * of its lines are counted (one query per page).
 */
public class CountSheetList {

    private static final int MAX_PAGE = 200;

    private final TenantJdbc db;

    CountSheetList(TenantJdbc db) {
        this.db = db;
    }

    /**
     * A count sheet in a list.
     *
     * @param id           the sheet
     * @param locationId   the location counted
     * @param state        {@code draft} or {@code done}
     * @param date         the date of the count
     * @param lines        how many lines it has
     * @param counted      how many of them have a counted quantity
     * @param adjustmentId the adjustment its validation posted, or null
     */
    public record Summary(UUID id, UUID locationId, String state, LocalDate date, int lines, int counted,
                          UUID adjustmentId) {
    }

    /**
     * Sheets, newest first.
     *
     * @param before the id of the last sheet of the previous page, or null for the first page
     * @param size   the page size (at most 200)
     * @return the sheets
     */
    public List<Summary> page(UUID before, int size) {
        int limit = Math.clamp(size, 1, MAX_PAGE);
        return db.tx().read(() -> db.sql().sql("""
                select c.id, c.location_id, c.state, c.count_date, c.adjustment_id,
                  (select count(*) from inv_count_lines l where l.tenant_id = c.tenant_id and l.count_id = c.id),
                  (select count(*) from inv_count_lines l where l.tenant_id = c.tenant_id and l.count_id = c.id
                     and l.counted_qty is not null)
                from inv_counts c where c.tenant_id = ? and (cast(? as uuid) is null or c.id < ?)
                order by c.id desc fetch first %d rows only""".formatted(limit))
                .param(db.tenant()).param(before).param(before)
                .query((rs, n) -> new Summary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3).toLowerCase(), rs.getObject(4, LocalDate.class), rs.getInt(6), rs.getInt(7),
                        rs.getObject(5, UUID.class)))
                .list());
    }
}
