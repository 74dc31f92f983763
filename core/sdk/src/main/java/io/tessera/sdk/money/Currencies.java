package io.tessera.sdk.money;

import io.tessera.sdk.web.ApiProblem;
import java.util.Currency;

/**
 * The one currency check of every module: a currency is an active ISO 4217 code of money — three upper-case
 * letters that the JDK's ISO 4217 table knows, with minor units. Codes that are not money are refused: unknown
 * ones ({@code BTC}, {@code ZZZ}), "no currency" ({@code XXX}), the test code ({@code XTS}), precious metals
 * ({@code XAU}, {@code XAG}, {@code XPT}, {@code XPD}) and other units of account without minor units
 * ({@code XDR}, {@code XBA}…).
 */
public final class Currencies {

    /** The message of a refused code, also used by {@link CurrencyCode}. */
    public static final String MESSAGE = "must be an ISO 4217 currency code such as EUR";

    private Currencies() {
    }

    /**
     * Whether a code names a currency of money.
     *
     * @param code the code, e.g. {@code EUR}; {@code null} is not one
     * @return {@code true} for an ISO 4217 money currency
     */
    public static boolean isMoney(String code) {
        if (code == null || code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /**
     * Checks a request field's currency code.
     *
     * @param field the field, e.g. {@code lines[0].currency}
     * @param code  the code sent
     * @return the code
     * @throws ApiProblem 422 naming the field when the code is not {@linkplain #isMoney(String) money}
     */
    public static String require(String field, String code) {
        if (!isMoney(code)) {
            throw ApiProblem.invalid(field, MESSAGE);
        }
        return code;
    }
}
