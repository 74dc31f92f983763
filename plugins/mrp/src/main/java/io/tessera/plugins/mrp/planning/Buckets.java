package io.tessera.plugins.mrp.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Time buckets from a start date: {@code count} buckets of {@code days} days each.
 *
 * @param start the first bucket's first day
 * @param days  the days of a bucket (1 daily, 7 weekly)
 * @param count how many buckets the horizon holds
 */
record Buckets(LocalDate start, int days, int count) {

    /** A horizon in days cut into day or week buckets (a last partial week counts whole). */
    static Buckets of(LocalDate start, String bucket, int horizonDays) {
        int days = "week".equals(bucket) ? 7 : 1;
        return new Buckets(start, days, (horizonDays + days - 1) / days);
    }

    /** The bucket of a date: 0 for dates before the start, {@code count} (outside) for dates after the horizon. */
    int of(LocalDate date) {
        long d = ChronoUnit.DAYS.between(start, date);
        if (d < 0) {
            return 0;
        }
        return (int) Math.min(count, d / days);
    }

    /** The first day of a bucket. */
    LocalDate date(int bucket) {
        return start.plusDays((long) bucket * days);
    }
}
