package io.tessera.ui.kit.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantFormatTest {

    /** 21:30 UTC: 22:30 in Berlin, 16:30 in New York, and already the next day in Tokyo. */
    static final Instant EVENING = Instant.parse("2026-11-23T21:30:00Z");

    @AfterEach
    void noUi() {
        UI.setCurrent(null);
    }

    @Test
    void germanInBerlin() {
        TenantFormat de = TenantFormat.of(Locale.forLanguageTag("de-DE"), ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"));
        assertThat(de.dateTime(EVENING)).isEqualTo("23.11.2026 22:30");
        assertThat(de.date(EVENING)).isEqualTo("23.11.2026");
        assertThat(de.time(EVENING)).isEqualTo("22:30");
        assertThat(spaces(de.money(new BigDecimal("1234.5")))).isEqualTo("1.234,50 €");
        assertThat(de.number(new BigDecimal("1234.5"))).isEqualTo("1.234,5");
        assertThat(de.startOf(LocalDate.of(2026, 11, 23))).isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
    }

    @Test
    void americanInNewYork() {
        TenantFormat us = TenantFormat.of(Locale.forLanguageTag("en-US"), ZoneId.of("America/New_York"), Currency.getInstance("USD"));
        assertThat(spaces(us.dateTime(EVENING))).isEqualTo("Nov 23, 2026 4:30 PM");
        assertThat(us.money(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
        assertThat(us.money(new BigDecimal("1234.5"), "JPY")).isEqualTo("¥1,235");
        assertThat(us.percent(0.125)).isEqualTo("12.5%");
    }

    @Test
    void theZoneDecidesTheDate() {
        TenantFormat tokyo = TenantFormat.of(Locale.forLanguageTag("de-DE"), ZoneId.of("Asia/Tokyo"), null);
        assertThat(tokyo.date(EVENING)).isEqualTo("24.11.2026");
        assertThat(tokyo.money(new BigDecimal("3"))).as("no base currency: a plain amount").isEqualTo("3,00");
        assertThat(tokyo.dateTime((Instant) null)).isEmpty();
    }

    @Test
    void currentFollowsTheUisLocaleAndWhatTheShellInstalled() {
        assertThat(TenantFormat.current().zone()).as("outside a UI").isEqualTo(ZoneOffset.UTC);
        UI ui = new UI();
        ui.setLocale(Locale.GERMANY);
        UI.setCurrent(ui);
        assertThat(TenantFormat.current().zone()).as("nothing installed").isEqualTo(ZoneOffset.UTC);
        TenantFormat.install(ui, ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"));
        TenantFormat current = TenantFormat.current();
        assertThat(current.locale()).isEqualTo(Locale.GERMANY);
        assertThat(current.dateTime(EVENING)).isEqualTo("23.11.2026 22:30");
        ui.setLocale(Locale.US);
        assertThat(spaces(TenantFormat.current().dateTime(EVENING))).as("a language the user chose later")
                .isEqualTo("Nov 23, 2026 10:30 PM");
    }

    /** CLDR puts narrow and non-breaking spaces in times and amounts. */
    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
