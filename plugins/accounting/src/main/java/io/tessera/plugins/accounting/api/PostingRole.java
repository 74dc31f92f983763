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
