package io.tessera.plugins.mrp.planning;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An MRP run.
 *
 * @param id            the run
 * @param state         {@code queued}, {@code running}, {@code done}, {@code cancelled} or {@code failed}
 * @param progress      percent of the products planned, 0–100
 * @param bucket        {@code day} or {@code week}
 * @param horizonDays   the horizon
 * @param startDate     the first bucket's first day
 * @param products      products planned (once done)
 * @param plannedOrders planned orders made (once done)
 * @param requestedAt   when it was asked for
 * @param finishedAt    when it ended, or {@code null}
 * @param error         why it failed, or {@code null}
 */
public record RunView(UUID id, String state, int progress, String bucket, int horizonDays, LocalDate startDate,
                      int products, int plannedOrders, OffsetDateTime requestedAt, OffsetDateTime finishedAt,
                      String error) {
}
