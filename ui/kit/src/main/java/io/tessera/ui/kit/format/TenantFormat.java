package io.tessera.ui.kit.format;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How the current tenant shows dates, times, numbers and money: in a locale (the UI's, which the
 * shell sets to the tenant's unless the user chose their own language), the tenant's time zone and its
 * base currency. Views get it with {@link #current()} and never format with the server's default
 * locale or time zone:
 *
 * <pre>{@code
 * TenantFormat format = TenantFormat.current();
 * grid.addColumn(invoice -> format.date(invoice.getIssuedOn()));
 * grid.addColumn(entry -> format.dateTime(entry.getPostedAt()));   // an Instant, shown in the tenant's zone
 * grid.addColumn(invoice -> format.money(invoice.getTotal(), invoice.getCurrency()));
 * }</pre>
 *
 * <p>An instance is immutable and may be used from any thread; get it while the UI is current (in
 * a view's constructor or listener), not in background work.
 */
public final class TenantFormat {

    private final Locale locale;
    private final ZoneId zone;
    private final Currency baseCurrency;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    private TenantFormat(Locale locale, ZoneId zone, Currency baseCurrency) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.baseCurrency = baseCurrency;
        String datePattern = pattern(FormatStyle.MEDIUM, null, locale);
        String timePattern = pattern(null, FormatStyle.SHORT, locale);
        this.date = DateTimeFormatter.ofPattern(datePattern, locale).withZone(zone);
        this.time = DateTimeFormatter.ofPattern(timePattern, locale).withZone(zone);
        this.dateTime = DateTimeFormatter.ofPattern(datePattern + " " + timePattern, locale).withZone(zone);
    }

    /**
     * A format for a locale, time zone and base currency, e.g. for tests or for work outside a UI.
     *
     * @param locale       the locale numbers, dates and month names follow
     * @param zone         the time zone instants are shown in
     * @param baseCurrency the currency of {@link #money(BigDecimal)}, or {@code null} if none
     * @return the format
     */
    public static TenantFormat of(Locale locale, ZoneId zone, Currency baseCurrency) {
        return new TenantFormat(locale, zone, baseCurrency);
    }

    /**
     * The format of the current UI: its locale, and the time zone and base currency the shell
     * installed for its tenant. Outside a tenant's UI (sign-in page, platform console) it is the UI's
     * locale and UTC; outside any UI, English and UTC.
     *
     * @return the format views use
     */
    public static TenantFormat current() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return new TenantFormat(Locale.ENGLISH, ZoneOffset.UTC, null);
        }
        Locale locale = ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
        Installed installed = ComponentUtil.getData(ui, Installed.class);
        return installed == null
                ? new TenantFormat(locale, ZoneOffset.UTC, null)
                : new TenantFormat(locale, installed.zone(), installed.baseCurrency());
    }

    /**
     * For the shell: records the tenant's time zone and base currency on a UI (the locale is the UI's
     * own, set by the shell).
     *
     * @param ui           the UI
     * @param zone         the tenant's time zone
     * @param baseCurrency the tenant's base currency, or {@code null} if it has none
     */
    public static void install(UI ui, ZoneId zone, Currency baseCurrency) {
        ComponentUtil.setData(ui, Installed.class, new Installed(Objects.requireNonNull(zone, "zone"), baseCurrency));
    }

    /** What the shell installs on a UI. */
    private record Installed(ZoneId zone, Currency baseCurrency) {
    }

    /**
     * The locale of this format.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The tenant's time zone.
     *
     * @return the zone instants are shown in
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The tenant's base currency.
     *
     * @return the base currency, if the tenant has one
     */
    public Optional<Currency> baseCurrency() {
        return Optional.ofNullable(baseCurrency);
    }

    /**
     * A moment as a date and time of day in the tenant's zone, e.g. {@code 23.11.2026 22:30} (de-DE,
     * Europe/Berlin) or {@code Nov 23, 2026 4:30 PM} (en-US, America/New_York) for 21:30 UTC.
     *
     * @param instant the moment, or {@code null}
     * @return the text, empty for {@code null}
     */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /**
     * A local date and time (already in the tenant's zone), formatted as {@link #dateTime(Instant)}.
     *
     * @param value the date and time, or {@code null}
     * @return the text, empty for {@code null}
     */
    public String dateTime(LocalDateTime value) {
        return value == null ? "" : dateTime.format(value);
    }

    /**
     * The date of a moment in the tenant's zone, e.g. {@code 23.11.2026} or {@code Nov 23, 2026}.
     *
     * @param instant the moment, or {@code null}
     * @return the text, empty for {@code null}
     */
    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    /**
     * A calendar date, e.g. {@code 23.11.2026} or {@code Nov 23, 2026}.
     *
     * @param value the date, or {@code null}
     * @return the text, empty for {@code null}
     */
    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    /**
     * The time of day of a moment in the tenant's zone, e.g. {@code 22:30} or {@code 4:30 PM}.
     *
     * @param instant the moment, or {@code null}
     * @return the text, empty for {@code null}
     */
    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    /**
     * Today in the tenant's zone (which may not be today on the server).
     *
     * @return the tenant's current date
     */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /**
     * The moment a day begins in the tenant's zone, e.g. to filter records by a date the user picked.
     *
     * @param day the date
     * @return the first instant of that day in the tenant's zone
     */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * A number with grouping, e.g. {@code 1.234,5} or {@code 1,234.5} (up to three decimals).
     *
     * @param value the number, or {@code null}
     * @return the text, empty for {@code null}
     */
    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
    }

    /**
     * A number with exactly the given decimals (rounded half up), e.g. a quantity.
     *
     * @param value    the number, or {@code null}
     * @param decimals digits after the decimal separator
     * @return the text, empty for {@code null}
     */
    public String number(Number value, int decimals) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /**
     * A fraction as a percentage, e.g. {@code 0.125} as {@code 12,5 %} or {@code 12.5%}.
     *
     * @param fraction the fraction, or {@code null}
     * @return the text, empty for {@code null}
     */
    public String percent(Number fraction) {
        if (fraction == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /**
     * An amount of money in a currency, with that currency's decimals (rounded half up), e.g.
     * {@code 1.234,50 €} or {@code $1,234.50}.
     *
     * @param amount   the amount, or {@code null}
     * @param currency an ISO 4217 code such as {@code EUR}
     * @return the text, empty for {@code null}
     * @throws IllegalArgumentException if the code is not a currency
     */
    public String money(BigDecimal amount, String currency) {
        return amount == null ? "" : money(amount, Currency.getInstance(currency));
    }

    /**
     * An amount in the tenant's base currency (a plain number with two decimals if it has none).
     *
     * @param amount the amount, or {@code null}
     * @return the text, empty for {@code null}
     */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return baseCurrency == null ? number(amount, 2) : money(amount, baseCurrency);
    }

    private String money(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setRoundingMode(RoundingMode.HALF_UP);
        int decimals = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(amount);
    }

    private static String pattern(FormatStyle date, FormatStyle time, Locale locale) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(date, time, IsoChronology.INSTANCE, locale);
    }
}
