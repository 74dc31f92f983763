package io.tessera.plugins.accounting.chart;

/** The accounts that documents post to automatically; each template names one account per role. */
public enum AccountRole {
    /** Customer invoices' open amounts. */
    RECEIVABLE,
    /** Vendor bills' open amounts. */
    PAYABLE,
    /** Customer invoice lines' net amounts. */
    SALES,
    /** Vendor bill lines' net amounts. */
    PURCHASES,
    /** Tax charged on customer invoices. */
    TAX_PAYABLE,
    /** Tax paid on vendor bills. */
    TAX_RECEIVABLE,
    /** Where payments are received and sent from. */
    BANK,
    /** Where base-currency rounding differences of a conversion go. */
    ROUNDING,
    /** Realized exchange gains: a foreign-currency document settled at a better rate than it was booked at. */
    FX_GAIN,
    /** Realized exchange losses: settled at a worse rate than booked. */
    FX_LOSS,
    /** Where past years' results are kept (balance sheet equity). */
    RETAINED_EARNINGS,
    /** The value of the company's stock (perpetual inventory, an asset). */
    INVENTORY,
    /** The cost of the stock delivered to customers (an expense). */
    COST_OF_GOODS_SOLD,
    /** Goods received whose vendor bill has not arrived yet (a liability cleared by the bill). */
    STOCK_RECEIVED_NOT_BILLED,
    /** Stock gained or lost in counts, adjustments and scrap (an expense; gains credit it). */
    INVENTORY_ADJUSTMENT,
    /** Standard-cost variance: a receipt's actual cost minus its standard value (an expense; gains credit it). */
    PRICE_DIFFERENCE,
    /** Manufacturing orders' work in progress (an asset cleared when the order puts its product into stock). */
    WORK_IN_PROGRESS,
    /** A manufacturing order's cost beyond its product's standard (or booked) value (an expense; gains credit it). */
    PRODUCTION_VARIANCE,
    /** Work-center time absorbed by manufacturing orders (credited against work in progress). */
    PRODUCTION_ABSORBED
}
