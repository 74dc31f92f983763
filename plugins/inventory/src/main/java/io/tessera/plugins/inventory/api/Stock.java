package io.tessera.plugins.inventory.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Stock operations for other modules' documents. Every call joins the caller's transaction, so a sales order's
 * delivery and its stock moves commit together (D1), and is all or nothing. A {@code null} warehouse means the
 * tenant's default warehouse. Refusals are {@link io.tessera.sdk.web.ApiProblem}s: 404 for an unknown product or
 * warehouse, 422 for a bad quantity, 409 when not enough stock is available (saying how much is).
 */
public interface Stock {

    /**
     * Reserves stock for a demand line, as much as is available up to the quantity (partial availability), earliest
     * expiry first, then oldest lot.
     *
     * @param line        the demand line
     * @param productId   the product
     * @param quantity    the quantity the line needs in total, positive; what it already has reserved counts
     * @param warehouseId the warehouse, or {@code null}
     * @return what the line has reserved now
     */
    BigDecimal reserve(DemandLine line, UUID productId, BigDecimal quantity, UUID warehouseId);

    /**
     * Releases whatever a demand line has reserved.
     *
     * @param line the demand line
     * @return the quantity released
     */
    BigDecimal unreserve(DemandLine line);

    /**
     * Delivers to the customer for a demand line: its reservations first, then whatever else is available; a done
     * move from the warehouse to the customer location with the line as origin.
     *
     * @param line        the demand line
     * @param productId   the product
     * @param quantity    the quantity to deliver now, positive
     * @param warehouseId the warehouse, or {@code null}
     * @return the id of the delivery (a done transfer)
     */
    UUID deliver(DemandLine line, UUID productId, BigDecimal quantity, UUID warehouseId);

    /**
     * Receives goods from a supplier for a demand line (e.g. a purchase order line): a done move into the
     * warehouse's stock location.
     *
     * @param line        the demand line
     * @param productId   the product (not serial-tracked; receive serials through a receipt)
     * @param quantity    the quantity received, positive
     * @param unitCost    the cost per base unit in the tenant's base currency, zero or more
     * @param warehouseId the warehouse, or {@code null}
     * @param lot         the lot, required for lot-tracked products, else {@code null}
     * @return the id of the receipt (a done transfer)
     */
    UUID receive(DemandLine line, UUID productId, BigDecimal quantity, BigDecimal unitCost, UUID warehouseId, String lot);

    /**
     * A product's stock in a warehouse.
     *
     * @param productId   the product
     * @param warehouseId the warehouse, or {@code null}
     * @return the figures
     */
    StockLevel availability(UUID productId, UUID warehouseId);

    /**
     * A product's projected stock in a warehouse, day by day from today to a date: on hand now plus the open moves
     * coming in, minus those going out, each on its scheduled date (overdue ones today), minus today what demand
     * lines of other modules have reserved.
     *
     * @param productId   the product
     * @param warehouseId the warehouse, or {@code null}
     * @param to          the last day, from today to 366 days ahead
     * @return one entry per day, today first
     */
    List<ProjectedDay> projection(UUID productId, UUID warehouseId, LocalDate to);

    // --- added for mrp: consumption to and production from the production location, stock of many products ---

    /**
     * Consumes components for a demand line (e.g. a manufacturing order's component line): its reservations first,
     * then whatever else is available; a done move from the warehouse to the production location with the line as
     * origin, valued like a delivery.
     *
     * @param line        the demand line
     * @param productId   the component
     * @param quantity    the quantity to consume now, positive
     * @param warehouseId the warehouse, or {@code null}
     * @return the consumption and the value it took out of stock
     */
    ProductionMove consume(DemandLine line, UUID productId, BigDecimal quantity, UUID warehouseId);

    /**
     * Consumes components from one lot (or serial) only: releases whatever the demand line has reserved (in any lot),
     * then takes the quantity from what of that lot is available, in the same transaction; without a lot it is
     * {@link #consume(DemandLine, UUID, BigDecimal, UUID)}. Reserve again afterwards what the line still needs.
     *
     * @param line        the demand line
     * @param productId   the component
     * @param quantity    the quantity to consume now, positive
     * @param warehouseId the warehouse, or {@code null}
     * @param lot         the lot or serial number to consume from, or {@code null} for any (earliest expiry, then
     *                    oldest lot first)
     * @return the consumption and the value it took out of stock
     */
    ProductionMove consume(DemandLine line, UUID productId, BigDecimal quantity, UUID warehouseId, String lot);

    /**
     * Puts produced goods into stock for a demand line (e.g. a manufacturing order): a done move from the production
     * location into the warehouse's stock location at the unit cost, valued like a receipt.
     *
     * @param line        the demand line
     * @param productId   the product made (not serial-tracked)
     * @param quantity    the quantity produced, positive
     * @param unitCost    the cost per base unit in the tenant's base currency, zero or more
     * @param warehouseId the warehouse, or {@code null}
     * @param lot         the lot, required for lot-tracked products, else {@code null}
     * @return the production and the value it put into stock
     */
    ProductionMove produce(DemandLine line, UUID productId, BigDecimal quantity, BigDecimal unitCost, UUID warehouseId,
                           String lot);

    /**
     * Several products' stock in a warehouse, in two queries however many products (for MRP runs).
     *
     * @param productIds  the products
     * @param warehouseId the warehouse, or {@code null}
     * @return the figures by product; products without stock or open moves are absent
     */
    java.util.Map<UUID, StockLevel> availability(java.util.Collection<UUID> productIds, UUID warehouseId);

    // --- added for sales returns ---

    /**
     * Takes back delivered goods of demand lines (a customer return): for each line, reverse moves of its done
     * deliveries, latest first, from the customer location back to where they came from, valued at the original
     * deliveries' cost (so the cost of goods sold they posted is reversed, D14); one done return transfer for all lines
     * and, with accounting, one journal entry. Never more than was delivered and not yet returned (checked under a lock
     * on the delivered moves).
     *
     * @param lines the lines and the quantities returned, in the base unit (1 to 1,000 lines)
     * @param date  the return date, or {@code null} for today
     * @return the id of the return (a done transfer)
     * @throws io.tessera.sdk.web.ApiProblem 409 naming what is left to return when a line asks more than that
     */
    UUID returnDelivered(List<DemandQuantity> lines, LocalDate date);

    // --- added for documents of many lines: one call for all lines ---

    /**
     * Reserves stock for many demand lines in one call, as {@link #reserve(DemandLine, UUID, BigDecimal, UUID)} does
     * for one, in one canonical order (by product, then line) so concurrent callers never deadlock; what the lines have
     * reserved already is read in one query.
     *
     * @param lines       the lines, each with the quantity it needs in total (1 to 1,000)
     * @param warehouseId the warehouse, or {@code null}
     * @return what each line has reserved now, in the order given
     */
    List<BigDecimal> reserve(List<DemandQuantity> lines, UUID warehouseId);

    /**
     * Delivers for many demand lines at once: one done delivery with a move per line (each line's reservations
     * first), validated once — one valuation and, with accounting, one journal entry for all lines.
     *
     * @param lines       the lines and the quantities to deliver now (1 to 1,000)
     * @param warehouseId the warehouse, or {@code null}
     * @return the id of the delivery (a done transfer)
     */
    UUID deliver(List<DemandQuantity> lines, UUID warehouseId);

    // --- added for purchasing: goods expected from suppliers ---

    /**
     * Announces goods expected from a supplier for demand lines (a confirmed purchase order): one draft receipt in the
     * warehouse with a move per line on its expected date, so stock figures, the projection and the reorder rules count
     * them as incoming. {@link #receive} for the same demand line fulfils them: the expected move shrinks by what arrived
     * and is closed once nothing is left. Such a receipt is received through its module, not validated in inventory.
     *
     * @param lines the expected lines (1 to 1,000)
     * @param warehouseId the warehouse, or {@code null}
     * @return the id of the expected receipt (a draft transfer)
     */
    UUID expect(List<ExpectedReceipt> lines, UUID warehouseId);

    /**
     * Withdraws what is still expected for demand lines (e.g. a cancelled purchase order): their open expected moves
     * are cancelled.
     *
     * @param lines the demand lines
     * @return the quantity no longer expected, in base units
     */
    BigDecimal unexpect(List<DemandLine> lines);
}
