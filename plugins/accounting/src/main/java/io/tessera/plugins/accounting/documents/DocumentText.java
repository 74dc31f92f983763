package io.tessera.plugins.accounting.documents;

import io.tessera.plugins.accounting.common.Money;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts and formats of one document language: labels from the module's bundle ({@code accounting.pdf.*},
 * {@code accounting.mail.*}), amounts with the currency's digits, quantities and rates without trailing zeros, dates
 * in the locale's medium style — {@code 1,234.50} / {@code 12 Mar 2026} in English, {@code 1.234,50} /
 * {@code 12.03.2026} in German.
 */
public final class DocumentText {

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    /**
     * The texts and formats of a language.
     *
     * @param language {@code en} or {@code de} (anything else is English)
     */
    public DocumentText(String language) {
        this.locale = "de".equals(language) ? Locale.GERMANY : Locale.UK;
        this.bundle = ResourceBundle.getBundle("i18n/accounting", "de".equals(language) ? Locale.GERMAN : Locale.ROOT,
                DocumentText.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    String label(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * An amount with the currency's digits.
     *
     * @param value    the amount
     * @param currency its ISO 4217 code
     * @return e.g. {@code 1,234.50} or {@code 1.234,50}
     */
    public String amount(BigDecimal value, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits = Money.digits(currency);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    String quantity(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    String rate(BigDecimal percent) {
        return quantity(percent) + " %";
    }

    /**
     * A date in the locale's medium style.
     *
     * @param date the date, or {@code null}
     * @return e.g. {@code 12 Mar 2026} or {@code 12.03.2026}; empty for {@code null}
     */
    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }
}
