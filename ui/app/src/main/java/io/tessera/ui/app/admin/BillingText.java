package io.tessera.ui.app.admin;

import io.tessera.tenants.billing.BillingOverview;
import io.tessera.ui.kit.format.TenantFormat;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.function.BiFunction;

/** Billing amounts and statuses as people read them: Stripe's minor units in the tenant's format, statuses translated. */
final class BillingText {

    private BillingText() {
    }

    /** An amount in minor units of a Stripe currency (lower-case ISO code), e.g. 1500 eur → €15.00. */
    static String money(long minorUnits, String currency) {
        Currency c = Currency.getInstance(currency.toUpperCase(Locale.ROOT));
        return TenantFormat.current().money(BigDecimal.valueOf(minorUnits).movePointLeft(Math.max(0, c.getDefaultFractionDigits())),
                c.getCurrencyCode());
    }

    /** A module's price: "€15.00 per month", "€4.00 per seat and month". */
    static String price(BillingOverview.ModulePrice price, BiFunction<String, Object[], String> translate) {
        String amount = price.unitAmount() == null || price.currency() == null ? "?" : money(price.unitAmount(), price.currency());
        String interval = translate.apply("billing.interval." + (price.interval() == null ? "month" : price.interval()), new Object[0]);
        return translate.apply(price.perSeat() ? "billing.price.per-seat" : "billing.price", new Object[] {amount, interval});
    }
}
