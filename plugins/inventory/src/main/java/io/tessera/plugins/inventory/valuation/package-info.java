/**
 * Valuation of done stock moves (D14): valuation layers (FIFO, moving average, standard), the journal entry each stock
 * validation posts through accounting's published {@code Postings} when the tenant has accounting enabled, and the
 * valuation and reconciliation reports. Entry point: {@link io.tessera.plugins.inventory.valuation.Valuation#value},
 * called by the transfer package in the validation's own transaction with the moves just done.
 *
 * <h2>What is valued</h2>
 * Moves of storable products that cross the company boundary: one side holds the company's own stock (internal,
 * transit), the other does not (supplier, customer, inventory adjustment, scrap, production). Internal transfers and
 * drop-shipping (supplier to customer) write nothing. The costing method and accounts are the product category's
 * (catalog's {@code ProductInfo}); a {@code null} account code falls back to the chart's account for the role.
 *
 * <h2>Tables</h2>
 * {@code inv_valuation_layers}: one row per valued move (kind {@code IN} / {@code OUT}, signed quantity and value,
 * unit cost, the stock account, the journal entry) and one {@code SETTLEMENT} row (no quantity) when a receipt settles
 * negative stock. Append-only for the application role (PostgreSQL grants and a trigger): the only change allowed is
 * FIFO consumption, which moves a layer's {@code remaining_qty}/{@code remaining_value} towards zero. Chosen over
 * writing consumption as separate rows because FIFO then reads only the open layers of a product (a partial index)
 * instead of summing every consumption ever made; the layer's own quantity, cost and value never change, so the
 * history stays intact. {@code inv_valuation_products}: per product the running quantity, value and last unit cost,
 * equal to the sums of its layers (checked by the tests), locked in product id order by each valuation — the row
 * that makes concurrent valuations of one product serial and the moving average atomic.
 *
 * <h2>Costing</h2>
 * <ul>
 *   <li>FIFO ({@link io.tessera.plugins.inventory.valuation.Fifo}): a delivery consumes the oldest open receipt layers;
 *       the last part of a layer takes its whole remaining value, so nothing is left behind by rounding.</li>
 *   <li>Moving average ({@link io.tessera.plugins.inventory.valuation.MovingAverage}): receipts re-average, deliveries
 *       take their share of the stock value.</li>
 *   <li>Standard ({@link io.tessera.plugins.inventory.valuation.StandardCost}): in and out at the product's standard
 *       cost; a receipt's actual cost minus standard goes to the {@code PRICE_DIFFERENCE} account. A change of the
 *       standard cost does not revalue stock on hand (no revaluation entry yet).</li>
 *   <li>Negative stock (where a warehouse allows it): what is delivered beyond the stock goes out at the last unit
 *       cost (FIFO: a negative open layer; average: a negative state). The next receipt settles it first: the settled
 *       quantity's value at the receipt's cost replaces its value at the last cost, and the difference is a
 *       {@code SETTLEMENT} layer posted to cost of goods sold. Nothing earlier is rewritten.</li>
 *   <li>Returns ({@code returnOfMove}) are valued at the original move's unit cost; a FIFO return to the supplier takes
 *       the original receipt's layer first while it is open.</li>
 *   <li>Values are rounded half-up to the base currency's digits once, where a layer is written; unit costs keep six
 *       decimals.</li>
 * </ul>
 *
 * <h2>Posting</h2>
 * With accounting enabled, each call posts exactly one balanced entry (source {@code inventory}, the stock document as
 * source id), its lines netted per account: receipt Dr stock / Cr goods received not billed (standard cost: the
 * variance to price differences); delivery Dr cost of goods sold / Cr stock; customer return the reverse at the
 * delivery's cost; return to supplier Dr goods received not billed / Cr stock; adjustments and scrap against
 * inventory adjustments; consumption by manufacturing Dr work in progress / Cr stock, production Dr stock / Cr work in
 * progress (standard cost: the variance to production variances). A validation whose value is zero posts nothing. The entry's date is the latest move
 * date of the validation, and its layers carry that date, so layers and ledger agree on every date. Moves dated on or
 * before accounting's lock date are refused (422, field {@code date}); a back-dated move after it is valued with the
 * costs at validation time, never by revaluing later rows. Without accounting, layers are written without account or
 * entry; the reconciliation reports their value as {@code unpostedValue}.
 *
 * <h2>Reports</h2>
 * {@code GET /api/v1/inventory/valuation?asOf=&after=&size=} (per product quantity and value, keyset-paged by product
 * id, with the total over all products) and {@code GET /api/v1/inventory/valuation/reconciliation?asOf=} (per stock
 * account: the layers' value, the ledger balance, the difference, and whether all agree; 409 without accounting).
 */
package io.tessera.plugins.inventory.valuation;
