package io.tessera.plugins.accounting.common;

import io.tessera.sdk.money.Currencies;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Exact decimal money rules. Amounts carry at most the currency's minor-unit digits (ISO 4217) and at
 * most 15 integer digits; computed amounts are rounded half-up to the currency's digits, explicitly.
 */
public final class Money {

    /** The rounding used for every computed amount (line nets, taxes, base conversions). */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final int MAX_INTEGER_DIGITS = 15;

    private Money() {
    }

    /**
     * Validates an ISO 4217 currency code (the SDK's one rule, {@link Currencies}).
     *
     * @param code  the code, e.g. {@code EUR}
     * @param field the request field, for the error
     * @return the code
     */
    public static String currency(String code, String field) {
        return Currencies.require(field, code);
    }

    /**
     * The number of decimals of a currency.
     *
     * @param currency a valid code
     * @return its minor-unit digits, e.g. 2 for EUR, 0 for JPY
     */
    public static int digits(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /**
     * Rounds a computed amount to the currency's digits, half-up.
     *
     * @param amount   the exact amount
     * @param currency the currency
     * @return the rounded amount
     */
    public static BigDecimal round(BigDecimal amount, String currency) {
        return amount.setScale(digits(currency), ROUNDING);
    }

    /**
     * Checks an amount given in a request: not negative, no more decimals than the currency has, not
     * too large. It is never rounded silently.
     *
     * @param amount   the amount, or {@code null} for zero
     * @param currency the currency
     * @param field    the request field, for the error
     * @return the amount at the currency's scale
     */
    public static BigDecimal amount(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            return BigDecimal.ZERO.setScale(digits(currency));
        }
        if (amount.signum() < 0) {
            throw ApiProblem.invalid(field, "must not be negative");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > digits(currency)) {
            throw ApiProblem.invalid(field, "has more than " + digits(currency) + " decimals for " + currency);
        }
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw ApiProblem.invalid(field, "is too large");
        }
        return amount.setScale(digits(currency), ROUNDING);
    }

    /**
     * Checks a request amount that must be strictly positive.
     *
     * @param amount   the amount
     * @param currency the currency
     * @param field    the request field, for the error
     * @return the amount at the currency's scale
     */
    public static BigDecimal positive(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            throw ApiProblem.invalid(field, "is required");
        }
        BigDecimal checked = amount(amount, currency, field);
        if (checked.signum() == 0) {
            throw ApiProblem.invalid(field, "must be greater than zero");
        }
        return checked;
    }
}
