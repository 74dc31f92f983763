package io.tessera.plugins.activities;

import io.tessera.ui.kit.format.TenantFormat;
import java.time.Instant;

/** Instants as the UI shows them: the tenant's {@link TenantFormat} (its locale and time zone, not the server's). */
final class Times {

    private Times() {
    }

    static String format(Instant instant) {
        return TenantFormat.current().dateTime(instant);
    }
}
