package io.tessera.plugins.mrp.planning;

import io.tessera.sdk.persistence.Ids;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * Textbook time-phased netting, level by level by low-level code: for each product, bucket by bucket, supply (on hand
 * at the start, then scheduled receipts, then its own planned orders) covers gross requirements first in, first out;
 * whatever stays uncovered becomes a planned order due at the bucket's first day, sized to the lot rules, released
 * the lead time earlier; a made product's planned order explodes its BOM into dependent gross requirements of its
 * components at the release date. Every planned order is pegged to the demand portions it covers. Pure: no I/O.
 */
final class Netting {

    /**
     * A product to plan.
     *
     * @param product    the product
     * @param level      its low-level code
     * @param onHand     on hand at the start
     * @param make       made (it has an active BOM) rather than bought
     * @param components what one order of it needs, made products only
     * @param lot        its lot rules and lead time, asked for only when it needs an order (they may cost a query)
     */
    record Item(UUID product, int level, BigDecimal onHand, boolean make, List<Component> components,
                java.util.function.Supplier<Lot> lot) {
    }

    /**
     * How a product is ordered.
     *
     * @param minimum  smallest order quantity, zero for none
     * @param multiple order quantities are multiples of this, zero for none
     * @param leadDays lead time in days for an order quantity
     */
    record Lot(BigDecimal minimum, BigDecimal multiple, ToIntFunction<BigDecimal> leadDays) {
    }

    /**
     * A component of a made product.
     *
     * @param product     the component
     * @param quantity    per BOM quantity
     * @param bomQuantity the BOM's quantity
     * @param scrap       scrap percent
     */
    record Component(UUID product, BigDecimal quantity, BigDecimal bomQuantity, BigDecimal scrap) {

        BigDecimal requiredFor(BigDecimal produced) {
            return quantity.multiply(produced).multiply(BigDecimal.valueOf(100).add(scrap))
                    .divide(bomQuantity.multiply(BigDecimal.valueOf(100)), 6, RoundingMode.UP);
        }
    }

    /**
     * A gross requirement.
     *
     * @param product  the product
     * @param date     when it is needed
     * @param quantity how much
     * @param kind     {@code forecast}, {@code manufacturing-order}, {@code sales-order}, {@code reorder-rule},
     *                 {@code delivery} or {@code planned-order} (dependent demand of a parent's planned order)
     * @param sourceId the forecast, order, sales order line, rule or planned order, or {@code null}
     */
    record Demand(UUID product, LocalDate date, BigDecimal quantity, String kind, UUID sourceId) {
    }

    /**
     * A scheduled receipt.
     *
     * @param product  the product
     * @param date     when it arrives
     * @param quantity how much
     */
    record Receipt(UUID product, LocalDate date, BigDecimal quantity) {
    }

    /**
     * What a planned order covers of one demand.
     *
     * @param kind     the demand's kind
     * @param sourceId the demand's source
     * @param date     when the demand is needed
     * @param quantity the part covered
     */
    record Peg(String kind, UUID sourceId, LocalDate date, BigDecimal quantity) {
    }

    /**
     * A planned order.
     *
     * @param id       its id
     * @param product  the product
     * @param make     make (else buy)
     * @param quantity the lot-sized quantity
     * @param release  when to start or order it
     * @param due      when it must be there
     * @param pegs     what it covers
     */
    record Planned(UUID id, UUID product, boolean make, BigDecimal quantity, LocalDate release, LocalDate due,
                   List<Peg> pegs) {
    }

    /**
     * One bucket of a product's record, for the run's trace.
     *
     * @param gross     gross requirements
     * @param scheduled scheduled receipts
     * @param projected projected on hand at the bucket's end
     * @param net       net requirements
     * @param receipt   planned order receipts
     * @param release   planned order releases
     */
    record Row(BigDecimal gross, BigDecimal scheduled, BigDecimal projected, BigDecimal net, BigDecimal receipt,
               BigDecimal release) {
    }

    /** Thrown when the run is cancelled between two products. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    private final Buckets buckets;
    private final boolean trace;
    private final Map<UUID, Row[]> rows = new HashMap<>();

    Netting(Buckets buckets, boolean trace) {
        this.buckets = buckets;
        this.trace = trace;
    }

    /** The trace (only when asked for): each product's rows by bucket. */
    Map<UUID, Row[]> rows() {
        return rows;
    }

    /**
     * Plans.
     *
     * @param items     every product that may need planning, components included
     * @param demands   independent gross requirements (and MO component demand)
     * @param receipts  scheduled receipts
     * @param progress  told the share done, 0–100, after each level
     * @param cancelled asked between products whether to stop
     * @return the planned orders
     * @throws Cancelled when {@code cancelled} says so
     */
    List<Planned> plan(List<Item> items, List<Demand> demands, List<Receipt> receipts, IntConsumer progress,
                       BooleanSupplier cancelled) {
        int n = buckets.count();
        Map<UUID, List<Demand>[]> gross = new HashMap<>();
        for (Demand d : demands) {
            add(gross, d, n);
        }
        Map<UUID, BigDecimal[]> scheduled = new HashMap<>();
        for (Receipt r : receipts) {
            int b = buckets.of(r.date());
            if (b < n) {
                scheduled.computeIfAbsent(r.product(), k -> zeros(n))[b] =
                        scheduled.computeIfAbsent(r.product(), k -> zeros(n))[b].add(r.quantity());
            }
        }
        List<Item> ordered = new ArrayList<>(items);
        ordered.sort(Comparator.comparingInt(Item::level));
        List<Planned> planned = new ArrayList<>();
        int done = 0;
        int lastPercent = -1;
        for (Item item : ordered) {
            if (cancelled.getAsBoolean()) {
                throw new Cancelled();
            }
            planned.addAll(net(item, gross.remove(item.product()), scheduled.get(item.product()), gross, n));
            int percent = (int) (++done * 100L / ordered.size());
            if (percent != lastPercent) {
                progress.accept(percent);
                lastPercent = percent;
            }
        }
        return planned;
    }

    private List<Planned> net(Item item, List<Demand>[] gross, BigDecimal[] scheduled, Map<UUID, List<Demand>[]> all, int n) {
        if (gross == null && !trace) {
            return List.of();
        }
        Row[] record = trace ? new Row[n] : null;
        List<Planned> result = new ArrayList<>();
        BigDecimal free = item.onHand().max(BigDecimal.ZERO);
        Deque<Open> open = new ArrayDeque<>();
        Lot lot = null;
        for (int b = 0; b < n; b++) {
            BigDecimal in = scheduled == null ? BigDecimal.ZERO : scheduled[b];
            free = free.add(in);
            BigDecimal grossHere = BigDecimal.ZERO;
            if (gross != null && gross[b] != null) {
                for (Demand d : gross[b]) {
                    open.add(new Open(d, d.quantity()));
                    grossHere = grossHere.add(d.quantity());
                }
            }
            while (!open.isEmpty() && free.signum() > 0) {
                Open first = open.peek();
                BigDecimal take = first.left.min(free);
                free = free.subtract(take);
                first.left = first.left.subtract(take);
                if (first.left.signum() == 0) {
                    open.poll();
                }
            }
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal receipt = BigDecimal.ZERO;
            if (!open.isEmpty()) {
                List<Peg> pegs = new ArrayList<>();
                for (Open o : open) {
                    net = net.add(o.left);
                    pegs.add(new Peg(o.demand.kind(), o.demand.sourceId(), o.demand.date(), o.left));
                }
                open.clear();
                if (lot == null) {
                    lot = item.lot().get();
                }
                receipt = lotSize(lot, net);
                free = free.add(receipt.subtract(net));
                LocalDate due = buckets.date(b);
                LocalDate release = due.minusDays(lot.leadDays().applyAsInt(receipt));
                Planned p = new Planned(Ids.newId(), item.product(), item.make(), receipt, release, due, List.copyOf(pegs));
                result.add(p);
                if (item.make()) {
                    for (Component c : item.components()) {
                        add(all, new Demand(c.product(), release, c.requiredFor(receipt), "planned-order", p.id()), n);
                    }
                }
                if (trace) {
                    int r = buckets.of(release);
                    Row at = record[r];
                    if (r < b && at != null) {
                        record[r] = new Row(at.gross(), at.scheduled(), at.projected(), at.net(), at.receipt(),
                                at.release().add(receipt));
                    }
                }
            }
            if (trace) {
                BigDecimal releasedHere = BigDecimal.ZERO;
                for (Planned p : result) {
                    if (buckets.of(p.release()) == b) {
                        releasedHere = releasedHere.add(p.quantity());
                    }
                }
                record[b] = new Row(grossHere, in, free, net, receipt, releasedHere);
            }
        }
        if (trace) {
            rows.put(item.product(), record);
        }
        return result;
    }

    /** The order quantity for a net requirement: at least the minimum, rounded up to the multiple. */
    static BigDecimal lotSize(Lot lot, BigDecimal net) {
        BigDecimal q = net.max(lot.minimum());
        if (lot.multiple().signum() > 0) {
            q = q.divide(lot.multiple(), 0, RoundingMode.CEILING).multiply(lot.multiple());
        }
        return q;
    }

    @SuppressWarnings("unchecked")
    private void add(Map<UUID, List<Demand>[]> gross, Demand d, int n) {
        int b = buckets.of(d.date());
        if (b >= n) {
            return;
        }
        List<Demand>[] byBucket = gross.computeIfAbsent(d.product(), k -> new List[n]);
        if (byBucket[b] == null) {
            byBucket[b] = new ArrayList<>(2);
        }
        byBucket[b].add(d);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    private static final class Open {
        private final Demand demand;
        private BigDecimal left;

        Open(Demand demand, BigDecimal left) {
            this.demand = demand;
            this.left = left;
        }
    }
}
