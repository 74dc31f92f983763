package io.tessera.plugins.inventory.api;

/**
 * What a stock location stands for. Only {@link #INTERNAL} and {@link #TRANSIT} locations hold the company's own
 * stock; a move that crosses between those and any other usage crosses the company boundary and is valued.
 */
public enum LocationUsage {
    /** A place in one of the company's warehouses (shelf, input, output). */
    INTERNAL,
    /** The virtual origin of goods bought from suppliers. */
    SUPPLIER,
    /** The virtual destination of goods delivered to customers. */
    CUSTOMER,
    /** The virtual counterpart of count differences and manual adjustments. */
    INVENTORY_ADJUSTMENT,
    /** The virtual place where manufacturing consumes components and produces finished goods. */
    PRODUCTION,
    /** Goods on their way between two of the company's warehouses (still the company's stock). */
    TRANSIT,
    /** The virtual destination of scrapped goods. */
    SCRAP;

    /** {@code true} for the usages whose stock belongs to the company (internal and transit). */
    public boolean ownStock() {
        return this == INTERNAL || this == TRANSIT;
    }
}
