package io.tessera.plugins.inventory.transfer;

import java.util.Locale;

/** What a transfer does. */
public enum Kind {
    /** Goods in from a supplier. */
    RECEIPT,
    /** Goods out to a customer. */
    DELIVERY,
    /** Between the company's own locations. */
    INTERNAL,
    /** The difference to a physical count. */
    ADJUSTMENT,
    /** Goods back along a done move. */
    RETURN,
    /** Goods written off. */
    SCRAP,
    /** Components consumed by manufacturing: stock to the production location. */
    CONSUMPTION,
    /** Goods made by manufacturing: the production location to stock. */
    PRODUCTION;

    /**
     * Its name in the API.
     *
     * @return e.g. {@code receipt}
     */
    public String api() {
        return name().toLowerCase(Locale.ROOT);
    }
}
