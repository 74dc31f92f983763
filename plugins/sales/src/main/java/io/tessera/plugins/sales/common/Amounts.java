package io.tessera.plugins.sales.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Line arithmetic: net after discount and tax, rounded once, half-up, to the currency's minor unit. */
public final class Amounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /**
     * Whether a text is an ISO 4217 currency code (any case, surrounding blanks ignored).
     *
     * @param code the text, or {@code null}
     * @return {@code true} for a currency code
     */
    public static boolean isCurrency(String code) {
        if (code == null || code.strip().length() != 3) {
            return false;
        }
        try {
            return java.util.Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT)) != null;
        } catch (IllegalArgumentException e) {
            return false; // not a code: the caller reports the field
        }
    }

    /**
     * The currency's minor-unit digits.
     *
     * @param currency ISO 4217 code
     * @return the digits (2 for EUR, 0 for JPY)
     */
    public static int digits(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(digits, 0);
    }

    /**
     * quantity × unit price × (1 − discount %), rounded to the currency.
     *
     * @param quantity  quantity
     * @param unitPrice unit price
     * @param discount  discount in percent
     * @param currency  currency
     * @return the net amount
     */
    public static BigDecimal net(BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount, String currency) {
        BigDecimal gross = quantity.multiply(unitPrice);
        BigDecimal factor = HUNDRED.subtract(discount).divide(HUNDRED);
        return gross.multiply(factor).setScale(digits(currency), RoundingMode.HALF_UP);
    }

    /**
     * net × rate %, rounded to the currency.
     *
     * @param net      the net amount
     * @param rate     the tax rate in percent
     * @param currency currency
     * @return the tax
     */
    public static BigDecimal tax(BigDecimal net, BigDecimal rate, String currency) {
        return net.multiply(rate).divide(HUNDRED).setScale(digits(currency), RoundingMode.HALF_UP);
    }

    /**
     * The price per base unit after discount: what an invoice line of a base quantity is priced at.
     *
     * @param net     the line's net
     * @param ordered the line's quantity in the base unit
     * @return net ÷ ordered, at 4 decimals
     */
    public static BigDecimal perBaseUnit(BigDecimal net, BigDecimal ordered) {
        return net.divide(ordered, 4, RoundingMode.HALF_UP);
    }
}
