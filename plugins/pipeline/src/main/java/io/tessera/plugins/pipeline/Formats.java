package io.tessera.plugins.pipeline;

import io.tessera.ui.kit.format.TenantFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** Money, probabilities, dates and months as the pipeline's views show them: the tenant's {@link TenantFormat}. */
final class Formats {

    private Formats() {
    }

    /** E.g. {@code €12,000.50} or {@code 12.000,50 €}: the currency's symbol and digits, the locale's separators. */
    static String money(BigDecimal amount, String currency) {
        return TenantFormat.current().money(amount, currency);
    }

    /** A stage probability stored as 0–100, e.g. {@code 12.5} as {@code 12.5%} (en) or {@code 12,5 %} (de). */
    static String percent(BigDecimal value) {
        return value == null ? "" : TenantFormat.current().percent(value.movePointLeft(2));
    }

    /** A date in the tenant's medium style, e.g. {@code Mar 31, 2027}. */
    static String date(LocalDate date) {
        return TenantFormat.current().date(date);
    }

    /** A month ({@code 2027-03}, as the forecast API names it) as the locale's short month and year, e.g. {@code Mar 2027}. */
    static String month(String isoMonth) {
        return YearMonth.parse(isoMonth).format(DateTimeFormatter.ofPattern("MMM yyyy", TenantFormat.current().locale()));
    }
}
