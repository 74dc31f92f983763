package io.tessera.plugins.mrp.planning;

import jakarta.validation.constraints.Size;

/**
 * An MRP run to start.
 *
 * @param horizonDays how far ahead to plan, 1–1000 days (90 when absent)
 * @param bucket      {@code day} or {@code week} ({@code day} when absent)
 */
public record RunRequest(Integer horizonDays, @Size(max = 10) String bucket) {
}
