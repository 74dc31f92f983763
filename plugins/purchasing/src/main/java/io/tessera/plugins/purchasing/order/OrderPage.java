package io.tessera.plugins.purchasing.order;

import java.util.List;
import java.util.UUID;

/**
 * A page of purchase orders, newest first.
 *
 * @param items the orders
 * @param next  the id to pass as {@code before} for the next page, or {@code null} on the last page
 */
public record OrderPage(List<OrderSummary> items, UUID next) {
}
