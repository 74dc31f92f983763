package io.tessera.kernel.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;

/**
 * The dates the API accepts, in request bodies and parameters alike: {@code tessera.api.dates.earliest} to
 * {@code tessera.api.dates.latest} (default 1900-01-01 to 2999-12-31, inclusive; instants by their UTC date).
 *
 * @param earliest the first accepted day
 * @param latest   the last accepted day
 */
record DateRange(LocalDate earliest, LocalDate latest) {

    DateRange {
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("tessera.api.dates.earliest " + earliest + " is after tessera.api.dates.latest " + latest);
        }
    }

    /** The message for a date outside the range. */
    String message() {
        return "must be between " + earliest + " and " + latest;
    }

    /** Whether a date-time value of a supported type lies in the range. */
    boolean contains(Temporal value) {
        LocalDate day = switch (value) {
            case LocalDate date -> date;
            case LocalDateTime dateTime -> dateTime.toLocalDate();
            case OffsetDateTime dateTime -> dateTime.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            case ZonedDateTime dateTime -> dateTime.withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            case Instant instant -> instant.atOffset(ZoneOffset.UTC).toLocalDate();
            default -> throw new IllegalArgumentException("Not a date type: " + value.getClass());
        };
        return !day.isBefore(earliest) && !day.isAfter(latest);
    }
}
