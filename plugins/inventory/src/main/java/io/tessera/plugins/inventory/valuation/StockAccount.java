package io.tessera.plugins.inventory.valuation;

/** The ledger accounts stock valuation posts to, by role; a category's own account codes take precedence. */
enum StockAccount {
    /** The stock (asset) account. */
    INVENTORY,
    /** Cost of goods sold: deliveries to customers, their returns, and negative stock settled by a receipt. */
    COST_OF_GOODS_SOLD,
    /** Goods received not billed: receipts from suppliers and returns to them. */
    STOCK_RECEIVED_NOT_BILLED,
    /** Stock gained or lost: counts, adjustments, scrap, production. */
    INVENTORY_ADJUSTMENT,
    /** Standard-cost variance of receipts. */
    PRICE_DIFFERENCE
}
