package io.tessera.plugins.activities;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants as the UI shows them: medium date and short time in the user's locale and the server's zone. */
final class Times {

    private Times() {
    }

    static String format(Instant instant) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : Locale.ENGLISH;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }
}
