package io.tessera.plugins.accounting.api;

/**
 * The chart-of-accounts roles another module may post to without knowing the tenant's account codes: each names the
 * one account the tenant's chart assigns to it (seeded by every chart template).
 */
public enum PostingRole {
    /** The value of the company's stock (an asset). */
    INVENTORY,
    /** The cost of stock delivered to customers (an expense). */
    COST_OF_GOODS_SOLD,
    /** Goods received whose vendor bill has not arrived yet (a liability, cleared by the bill). */
    STOCK_RECEIVED_NOT_BILLED,
    /** Stock gained or lost in counts, adjustments and scrap (an expense; gains credit it). */
    INVENTORY_ADJUSTMENT,
    /** Standard-cost variance on receipts (an expense; gains credit it). */
    PRICE_DIFFERENCE,
    /**
     * Manufacturing orders' work in progress (an asset): debited with the components consumed and the work-center time
     * absorbed, credited with what the order puts into stock; an order that is done leaves nothing on it.
     */
    WORK_IN_PROGRESS,
    /**
     * What a manufacturing order cost beyond the value its product entered stock at — the standard cost of a
     * standard-cost product, and rounding (an expense; a gain credits it).
     */
    PRODUCTION_VARIANCE,
    /**
     * Work-center time charged to manufacturing orders at its cost per hour: credited as work in progress is debited
     * with it, so it offsets the wages and overheads the orders absorbed (an expense account with a credit balance).
     */
    PRODUCTION_ABSORBED,
    /** Customer invoices' open amounts. */
    RECEIVABLE,
    /** Vendor bills' open amounts. */
    PAYABLE,
    /** Sales revenue. */
    SALES,
    /** Purchases expensed directly. */
    PURCHASES,
    /** Where payments are received and sent from. */
    BANK
}
