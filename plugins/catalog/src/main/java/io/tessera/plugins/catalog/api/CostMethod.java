package io.tessera.plugins.catalog.api;

/** How stock of a product category is valued. */
public enum CostMethod {
    /** First in, first out: deliveries consume the oldest receipt layers at their cost. */
    FIFO,
    /** Moving average: each receipt re-averages the unit cost; deliveries go out at the current average. */
    AVERAGE,
    /** Standard cost: stock is valued at the product's standard cost; differences go to a variance account. */
    STANDARD
}
