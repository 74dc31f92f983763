package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Tracking;
import io.tessera.plugins.inventory.api.DemandLine;
import io.tessera.plugins.inventory.api.StockMoved;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.common.Dialect;
import io.tessera.plugins.inventory.stock.Allocation;
import io.tessera.plugins.inventory.stock.BalanceDelta;
import io.tessera.plugins.inventory.stock.BalanceKey;
import io.tessera.plugins.inventory.stock.Demand;
import io.tessera.plugins.inventory.stock.Reservations;
import io.tessera.plugins.inventory.stock.StockLedger;
import io.tessera.plugins.inventory.valuation.MoveToValue;
import io.tessera.plugins.inventory.warehouse.Location;
import io.tessera.plugins.inventory.warehouse.Warehouse;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Validates transfers, all or nothing: decides what each open move does now (everything, or the quantities asked
 * per product, the rest going to one backorder or, when no backorder is wanted, cancelled), takes deliveries from
 * their reservations (reserving what is missing first, 409 saying what is available when it cannot), creates the
 * lots and serials of receipts (a serial that exists already is 409), writes the done moves and the balance
 * changes, hands the done moves to the valuation and publishes one {@link StockMoved}. Also records direct
 * documents (adjustments, returns, scrap) whose moves are done at once. Call inside a transaction.
 */
class Validator {

    private final TenantJdbc db;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final StockLedger ledger;
    private final Reservations reservations;
    private final TransferStore store;
    private final EventPublisher events;
    private final List<DoneMovesListener> listeners;

    Validator(TenantJdbc db, Catalog catalog, Warehouses warehouses, StockLedger ledger, Reservations reservations,
              TransferStore store, EventPublisher events, List<DoneMovesListener> listeners) {
        this.db = db;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.ledger = ledger;
        this.reservations = reservations;
        this.store = store;
        this.events = events;
        this.listeners = listeners;
    }

    /** The outcome of a validation. */
    record Outcome(UUID transferId, UUID backorderId) {
    }

    /**
     * Validates an open transfer: everything, or the quantities asked; what is not done goes to a new backorder, or,
     * when {@code backorder} is false, is cancelled and its reservations released.
     */
    Outcome validate(TransferRow transfer, List<Requests.ValidateLine> asked, boolean backorder) {
        if (!transfer.open()) {
            throw ApiProblem.conflict("Transfer " + transfer.id() + " is " + transfer.state().toLowerCase() + " already");
        }
        List<MoveRow> open = store.moves(transfer.id()).stream().filter(m -> !m.state().equals("DONE")
                && !m.state().equals("CANCELLED")).toList();
        Map<UUID, ProductInfo> products = catalog.products(open.stream().map(MoveRow::productId).distinct().toList());
        Map<UUID, BigDecimal> doneNow = plan(open, asked, products);
        Map<UUID, Location> locations = warehouses.locations(open.stream().map(MoveRow::fromLocationId).distinct().toList());
        Warehouse warehouse = warehouses.find(transfer.warehouseId()).orElseThrow();
        // canonical order: products (then lines) ascending, so reservations lock balance rows in one global order
        List<MoveRow> ordered = new ArrayList<>(open);
        ordered.sort(Comparator.comparing(MoveRow::productId, UUID_ORDER).thenComparingInt(MoveRow::lineNo));
        Map<UUID, UUID> lots = transfer.kind() == Kind.RECEIPT || transfer.kind() == Kind.PRODUCTION ? receiveLots(ordered, doneNow, products) : Map.of();
        List<MoveRow> done = new ArrayList<>();
        List<MoveRow> firstParts = new ArrayList<>();
        List<MoveRow> backordered = new ArrayList<>();
        List<MoveRow> remainders = new ArrayList<>();
        List<String> shortages = new ArrayList<>();
        boolean partial = doneNow.size() < open.size() || open.stream().anyMatch(m -> doneNow.getOrDefault(m.id(),
                BigDecimal.ZERO).compareTo(m.quantity()) < 0);
        UUID backorderId = partial && backorder ? Ids.newId() : null;
        List<UUID> sources = warehouses.internalLocationIds(warehouse.id());
        Map<UUID, List<Allocation>> fromStock = source(ordered, doneNow, products, locations, sources, shortages);
        if (!shortages.isEmpty()) {
            throw ApiProblem.conflict("Not enough stock available in " + warehouse.code() + ": " + String.join("; ", shortages));
        }
        for (MoveRow move : ordered) {
            BigDecimal q = doneNow.getOrDefault(move.id(), BigDecimal.ZERO);
            ProductInfo product = products.get(move.productId());
            if (q.signum() == 0) {
                backordered.add(move);
                continue;
            }
            List<Allocation> parts = fromStock.get(move.id());
            if (parts == null) {
                UUID lot = move.lotId() != null ? move.lotId() : lots.get(move.id());
                parts = List.of(new Allocation(move.fromLocationId(), lot == null ? BalanceKey.NO_LOT : lot, q));
            }
            for (int i = 0; i < parts.size(); i++) {
                Allocation a = parts.get(i);
                UUID lot = BalanceKey.NO_LOT.equals(a.lotId()) ? null : a.lotId();
                MoveRow d = move.done(i == 0 ? move.id() : Ids.newId(), a.quantity(), a.locationId(), lot);
                (i == 0 ? firstParts : done).add(d);
            }
            if (q.compareTo(move.quantity()) < 0) {
                MoveRow rest = move.remainder(Ids.newId(), backorderId != null ? backorderId : transfer.id(), q);
                remainders.add(backorderId != null ? rest : rest.cancelled());
                if (move.originModule() == null || backorderId == null) {
                    reservations.unreserve(demand(move.demand()), product.sku());
                }
            }
        }
        if (backorderId != null) {
            store.insertTransfer(backorderId, transfer.kind(), "DRAFT", transfer.warehouseId(), transfer.partyId(),
                    transfer.fromLocationId(), transfer.toLocationId(), transfer.id(), transfer.date());
            store.moveToBackorder(backordered, backorderId);
        } else if (partial) {
            store.cancel(backordered);
        }
        if (partial) {
            for (MoveRow m : backordered) {
                if (m.originModule() == null || backorderId == null) {
                    reservations.unreserve(demand(m.demand()), products.get(m.productId()).sku());
                }
            }
            store.insert(remainders);
        }
        store.markDone(firstParts);
        store.insert(done);
        List<MoveRow> all = new ArrayList<>(firstParts);
        all.addAll(done);
        book(transfer.id(), transfer.kind(), all, products);
        store.setState(transfer.id(), "DONE");
        return new Outcome(transfer.id(), backorderId);
    }

    /**
     * Where the quantities done now of the moves out of own stock come from: their reservations first, then what is
     * available, all lines at once ({@link Reservations#source}). Lines that share a demand line (not made by this
     * module) are sourced one after the other instead. Adds a shortage per line that cannot be met.
     */
    private Map<UUID, List<Allocation>> source(List<MoveRow> ordered, Map<UUID, BigDecimal> doneNow,
                                               Map<UUID, ProductInfo> products, Map<UUID, Location> locations,
                                               List<UUID> sources, List<String> shortages) {
        List<MoveRow> fromStock = ordered.stream().filter(m -> doneNow.getOrDefault(m.id(), BigDecimal.ZERO).signum() > 0
                && locations.get(m.fromLocationId()).usage().ownStock() && Catalog.stocked(products.get(m.productId()))).toList();
        Map<UUID, List<Allocation>> parts = new HashMap<>();
        if (fromStock.stream().map(m -> m.demand()).distinct().count() < fromStock.size()) {
            for (MoveRow move : fromStock) {
                sourceOne(move, doneNow.get(move.id()), products.get(move.productId()), sources, shortages)
                        .ifPresent(p -> parts.put(move.id(), p));
            }
            return parts;
        }
        List<Reservations.Need> needs = fromStock.stream().map(m -> new Reservations.Need(demand(m.demand()), m.productId(),
                doneNow.get(m.id()), m.lotId(), products.get(m.productId()).sku())).toList();
        List<Reservations.Sourced> sourced = reservations.source(needs, sources);
        for (int i = 0; i < fromStock.size(); i++) {
            Reservations.Sourced s = sourced.get(i);
            if (s.available() != null) {
                shortages.add(needs.get(i).label() + ": requested " + plain(needs.get(i).quantity()) + ", available "
                        + plain(s.available()));
            } else {
                parts.put(fromStock.get(i).id(), s.parts());
            }
        }
        return parts;
    }

    /** One line: reserves what it misses, then takes its reservations. */
    private Optional<List<Allocation>> sourceOne(MoveRow move, BigDecimal q, ProductInfo product, List<UUID> sources,
                                                           List<String> shortages) {
        Demand demand = demand(move.demand());
        BigDecimal has = reservations.reserved(demand);
        if (has.compareTo(q) < 0) {
            has = has.add(reservations.reserve(demand, product.id(), q.subtract(has), sources, move.lotId(), product.sku()));
        }
        if (has.compareTo(q) < 0) {
            shortages.add(product.sku() + ": requested " + plain(q) + ", available " + plain(has));
            return Optional.empty();
        }
        return Optional.of(reservations.take(demand, q, product.sku()));
    }

    /** Writes the balance changes of done moves, hands them to the valuation and publishes the event. */
    void book(UUID transferId, Kind kind, List<MoveRow> doneMoves, Map<UUID, ProductInfo> products) {
        Set<UUID> locationIds = new HashSet<>();
        doneMoves.forEach(m -> {
            locationIds.add(m.fromLocationId());
            locationIds.add(m.toLocationId());
        });
        Map<UUID, Location> locations = warehouses.locations(locationIds);
        Map<UUID, Warehouse> byId = warehouses.list().stream().collect(Collectors.toMap(Warehouse::id, Function.identity()));
        List<BalanceDelta> deltas = new ArrayList<>();
        List<MoveToValue> values = new ArrayList<>();
        List<StockMoved.Move> moved = new ArrayList<>();
        for (MoveRow m : doneMoves) {
            ProductInfo product = products.get(m.productId());
            Location from = locations.get(m.fromLocationId());
            Location to = locations.get(m.toLocationId());
            UUID lot = m.lotId() == null ? BalanceKey.NO_LOT : m.lotId();
            if (Catalog.stocked(product)) {
                if (from.usage().ownStock()) {
                    deltas.add(new BalanceDelta(new BalanceKey(m.productId(), from.id(), lot), m.quantity().negate(),
                            BigDecimal.ZERO, negativeAllowed(from, byId), product.sku() + " at " + from.code()));
                }
                if (to.usage().ownStock()) {
                    deltas.add(new BalanceDelta(new BalanceKey(m.productId(), to.id(), lot), m.quantity(),
                            BigDecimal.ZERO, negativeAllowed(to, byId), product.sku() + " at " + to.code()));
                }
                values.add(new MoveToValue(m.id(), m.productId(), m.quantity(), from.usage(), to.usage(), m.unitCost(),
                        m.returnOf(), m.date()));
            }
            moved.add(new StockMoved.Move(m.id(), m.productId(), m.quantity(), from.id(), to.id(), from.usage(),
                    to.usage(), m.lotName(), m.originModule(), m.originId(), m.originLine()));
        }
        ledger.apply(deltas);
        if (!values.isEmpty()) {
            listeners.forEach(l -> l.movesDone(values, "inventory." + kind.api(), transferId));
        }
        events.publish(new StockMoved(transferId, kind.api(), moved));
    }

    private static boolean negativeAllowed(Location location, Map<UUID, Warehouse> warehouses) {
        Warehouse w = location.warehouseId() == null ? null : warehouses.get(location.warehouseId());
        return w != null && w.allowNegative();
    }

    /** What each open move does now; 422 naming each bad line. */
    private Map<UUID, BigDecimal> plan(List<MoveRow> open, List<Requests.ValidateLine> asked,
                                       Map<UUID, ProductInfo> products) {
        Map<UUID, BigDecimal> now = new LinkedHashMap<>();
        if (open.isEmpty()) {
            throw ApiProblem.conflict("The transfer has no open line to validate");
        }
        if (asked == null) {
            open.forEach(m -> now.put(m.id(), m.quantity()));
            return now;
        }
        FieldErrors problems = new FieldErrors();
        Map<UUID, BigDecimal> perProduct = new HashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            Requests.ValidateLine line = asked.get(i);
            String f = "lines[" + i + "].";
            if (line.productId() == null) {
                problems.add(f + "productId", "is required");
            } else if (open.stream().noneMatch(m -> m.productId().equals(line.productId()))) {
                problems.add(f + "productId", "is not on an open line of this transfer");
            }
            if (line.quantity() == null) {
                problems.add(f + "quantity", "is required");
            } else if (line.quantity().signum() < 0) {
                problems.add(f + "quantity", "must not be negative");
            } else if (line.productId() != null && products.containsKey(line.productId())
                    && products.get(line.productId()).tracking() == Tracking.SERIAL
                    && line.quantity().stripTrailingZeros().scale() > 0) {
                problems.add(f + "quantity", "must be whole units for a serial-tracked product");
            } else if (line.productId() != null) {
                BigDecimal total = perProduct.merge(line.productId(), line.quantity(), BigDecimal::add);
                BigDecimal demand = open.stream().filter(m -> m.productId().equals(line.productId()))
                        .map(MoveRow::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.compareTo(demand) > 0) {
                    problems.add(f + "quantity", "exceeds the open quantity " + plain(demand));
                }
            }
        }
        problems.throwIfAny();
        for (MoveRow m : open) {
            BigDecimal left = perProduct.getOrDefault(m.productId(), BigDecimal.ZERO);
            BigDecimal take = left.min(m.quantity());
            perProduct.put(m.productId(), left.subtract(take));
            if (take.signum() > 0) {
                now.put(m.id(), take);
            }
        }
        if (now.isEmpty()) {
            throw ApiProblem.invalid("lines", "validate nothing: give a positive quantity for at least one product");
        }
        return now;
    }

    /**
     * Creates the lots and serials of a receipt's moves done now: lots are shared by receipts, a serial exists
     * once per product (409 when it does already, also when another receipt creates it at the same time).
     */
    private Map<UUID, UUID> receiveLots(List<MoveRow> moves, Map<UUID, BigDecimal> doneNow, Map<UUID, ProductInfo> products) {
        UUID tenant = db.tenant();
        Timestamp now = Timestamp.from(Instant.now());
        List<MoveRow> tracked = moves.stream().filter(m -> m.lotName() != null && m.lotId() == null
                && doneNow.containsKey(m.id())).toList();
        if (tracked.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = new ArrayList<>();
        for (MoveRow m : tracked) {
            boolean serial = products.get(m.productId()).tracking() == Tracking.SERIAL;
            rows.add(new Object[] {tenant, Ids.newId(), m.productId(), m.lotName(), serial, m.lotExpiry(), now});
        }
        int[] inserted = db.jdbc().batchUpdate(Dialect.of(db).insertIfAbsent("inv_lots",
                List.of("tenant_id", "id", "product_id", "name", "serial", "expiry", "created_at"),
                List.of("tenant_id", "product_id", "name")), rows);
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < tracked.size(); i++) {
            MoveRow m = tracked.get(i);
            if (inserted[i] == 0 && products.get(m.productId()).tracking() == Tracking.SERIAL) {
                duplicates.add(products.get(m.productId()).sku() + " " + m.lotName());
            }
        }
        if (!duplicates.isEmpty()) {
            throw ApiProblem.conflict("These serials exist already: " + String.join(", ", duplicates));
        }
        Map<String, UUID> ids = new HashMap<>();
        db.sql().sql("""
                select id, product_id, name from inv_lots where tenant_id = ? and product_id = any(?) and name = any(?)""")
                .param(tenant).param(db.uuids(tracked.stream().map(MoveRow::productId).distinct().toList()))
                .param(db.strings(tracked.stream().map(MoveRow::lotName).distinct().toList()))
                .query(rs -> {
                    ids.put(rs.getObject(2, UUID.class) + "/" + rs.getString(3), rs.getObject(1, UUID.class));
                });
        Map<UUID, UUID> byMove = new HashMap<>();
        tracked.forEach(m -> byMove.put(m.id(), ids.get(m.productId() + "/" + m.lotName())));
        return byMove;
    }

    static Demand demand(DemandLine line) {
        return new Demand(line.module(), line.documentId(), line.line());
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Unsigned byte-wise uuid order, as the database sorts keys. */
    static final Comparator<UUID> UUID_ORDER = BalanceKey.UUID_ORDER;
}
