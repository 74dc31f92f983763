package io.tessera.plugins.inventory.valuation;

/** The ledger accounts stock valuation posts to, by role; a category's own account codes take precedence. */
enum StockAccount {
    /** The stock (asset) account. */
    INVENTORY,
    /** Cost of goods sold: deliveries to customers, their returns, and negative stock settled by a receipt. */
    COST_OF_GOODS_SOLD,
    /** Goods received not billed: receipts from suppliers and returns to them. */
    STOCK_RECEIVED_NOT_BILLED,
    /** Stock gained or lost: counts, adjustments, scrap. */
    INVENTORY_ADJUSTMENT,
    /** Standard-cost variance of receipts. */
    PRICE_DIFFERENCE,
    /** Work in progress: components consumed by production, products put into stock from it. */
    WORK_IN_PROGRESS,
    /** Standard-cost variance of products put into stock from production. */
    PRODUCTION_VARIANCE
}
