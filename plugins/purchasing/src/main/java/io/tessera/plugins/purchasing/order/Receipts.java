package io.tessera.plugins.purchasing.order;

import io.tessera.plugins.purchasing.common.PurchasingPermissions;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Receives goods for a confirmed purchase order, in as many parts as they arrive: what is left on a line is its
 * backorder. Each line's received quantity grows by an atomic {@code update … where received + q <= ordered} (CHECK
 * {@code received_qty <= base_qty} as the last guard), storable products go into stock through inventory (its
 * receipt's entry credits stock received not billed at the line's cost), and the whole receipt is one transaction.
 */
public class Receipts {

    private final TenantJdbc db;
    private final OrderStore store;
    private final Receiving receiving;

    Receipts(TenantJdbc db, OrderStore store, Receiving receiving) {
        this.db = db;
        this.store = store;
        this.receiving = receiving;
    }

    /**
     * Receives lines of an order.
     *
     * @param id      the order
     * @param request the lines and quantities; everything still to receive when it or its lines are absent
     * @return the order
     */
    @RequiresPermission(PurchasingPermissions.WRITE)
    public OrderView receive(UUID id, Requests.Receive request) {
        return db.tx().write(() -> {
            OrderStore.Header order = store.lock(id);
            if (!"CONFIRMED".equals(order.state())) {
                throw ApiProblem.conflict("Purchase order " + order.number() + " is " + order.state().toLowerCase(java.util.Locale.ROOT)
                        + ": only a confirmed order can be received");
            }
            Map<Integer, OrderStore.LineRow> lines = new HashMap<>();
            store.lines(id).forEach(l -> lines.put(l.lineNo(), l));
            List<Requests.ReceiveLine> wanted = new ArrayList<>();
            if (request == null || request.lines() == null) {
                lines.values().stream().filter(l -> l.toReceive().signum() > 0)
                        .forEach(l -> wanted.add(new Requests.ReceiveLine(l.lineNo(), l.toReceive(), null)));
            } else {
                wanted.addAll(request.lines());
            }
            FieldErrors problems = new FieldErrors();
            if (wanted.isEmpty()) {
                problems.add("lines", "must name at least one line with something left to receive");
            }
            for (int i = 0; i < wanted.size(); i++) {
                Requests.ReceiveLine r = wanted.get(i);
                String f = "lines[" + i + "].";
                if (r.line() == null) {
                    problems.add(f + "line", "is required");
                } else if (!lines.containsKey(r.line())) {
                    problems.add(f + "line", "names no line of the order");
                }
                if (r.quantity() == null || r.quantity().signum() <= 0) {
                    problems.add(f + "quantity", "must be positive");
                } else if (r.quantity().stripTrailingZeros().scale() > 6) {
                    problems.add(f + "quantity", "must have at most 6 decimals");
                } else if (r.quantity().compareTo(Orders.MAX.multiply(Orders.MAX)) > 0) {
                    problems.add(f + "quantity", "is larger than any order line");
                }
                if (r.lot() != null && r.lot().length() > 100) {
                    problems.add(f + "lot", "must be at most 100 characters");
                }
            }
            problems.throwIfAny();
            int digits = Currency.getInstance(order.currency()).getDefaultFractionDigits();
            boolean stock = receiving.enabled();
            for (Requests.ReceiveLine r : wanted) {
                OrderStore.LineRow line = lines.get(r.line());
                BigDecimal value = r.quantity().multiply(line.unitCost()).setScale(digits, RoundingMode.HALF_UP);
                int changed = db.sql().sql("""
                                update pur_order_lines set received_qty = received_qty + ?, received_value = received_value + ?
                                where tenant_id = ? and order_id = ? and line_no = ? and received_qty + ? <= base_qty""")
                        .param(r.quantity()).param(value).param(db.tenant()).param(id).param(line.lineNo())
                        .param(r.quantity()).update();
                if (changed == 0) {
                    BigDecimal left = db.sql().sql("select base_qty - received_qty from pur_order_lines "
                                    + "where tenant_id = ? and order_id = ? and line_no = ?")
                            .param(db.tenant()).param(id).param(line.lineNo()).query(BigDecimal.class).single();
                    throw ApiProblem.conflict("Line " + line.lineNo() + " (" + line.description() + ") of " + order.number()
                            + " has only " + left.stripTrailingZeros().toPlainString() + " left to receive, not "
                            + r.quantity().stripTrailingZeros().toPlainString());
                }
                UUID transfer = stock && line.stocked()
                        ? receiving.receive(id, line.lineNo(), line.productId(), r.quantity(), line.unitCost(),
                        r.lot() == null || r.lot().isBlank() ? null : r.lot().strip())
                        : null;
                db.sql().sql("""
                                insert into pur_receipts (tenant_id, id, order_id, line_no, quantity, amount, transfer_id,
                                  received_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .param(db.tenant()).param(Ids.newId()).param(id).param(line.lineNo()).param(r.quantity())
                        .param(value).param(transfer).param(OffsetDateTime.now()).update();
            }
            db.sql().sql("update pur_orders set version = version + 1 where tenant_id = ? and id = ?")
                    .param(db.tenant()).param(id).update();
            store.completeIfDone(id);
            return store.find(id);
        });
    }
}
