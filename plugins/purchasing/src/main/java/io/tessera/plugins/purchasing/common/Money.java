package io.tessera.plugins.purchasing.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts and prices as the API shows them: amounts with the currency's minor units, prices without trailing zeros. */
public final class Money {

    private Money() {
    }

    /**
     * An amount with exactly the currency's digits (stored amounts are rounded to them already, so nothing is lost).
     *
     * @param amount   the amount, or {@code null}
     * @param currency ISO 4217 code
     * @return the amount at the currency's scale, or {@code null}
     */
    public static BigDecimal amount(BigDecimal amount, String currency) {
        return amount == null ? null : amount.setScale(digits(currency), RoundingMode.HALF_UP);
    }

    /**
     * A unit price with at least the currency's digits and no trailing zeros beyond them ({@code 12.50}, {@code 0.125}).
     *
     * @param price    the price, or {@code null}
     * @param currency ISO 4217 code
     * @return the price
     */
    public static BigDecimal price(BigDecimal price, String currency) {
        if (price == null) {
            return null;
        }
        BigDecimal stripped = price.stripTrailingZeros();
        return stripped.scale() < digits(currency) ? stripped.setScale(digits(currency)) : stripped;
    }

    /**
     * The currency's minor units (2 for EUR, 0 for JPY).
     *
     * @param currency ISO 4217 code
     * @return its default fraction digits, 2 for an unknown code
     */
    public static int digits(String currency) {
        try {
            int d = Currency.getInstance(currency).getDefaultFractionDigits();
            return d < 0 ? 2 : d;
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2; // not an ISO 4217 code (cannot be stored: orders are validated); show two digits
        }
    }
}
