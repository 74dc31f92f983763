package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.Tracking;
import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.common.Dialect;
import io.tessera.plugins.inventory.stock.BalanceKey;
import io.tessera.plugins.inventory.stock.StockLedger;
import io.tessera.plugins.inventory.warehouse.Location;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Documents whose moves are done at once: adjustments (the difference between a counted and the recorded
 * quantity, to or from the adjustment location), returns of done moves (the reverse move, referencing the
 * original, never more than is left to return), scrap and internal transfers between two internal locations. Call inside a transaction.
 */
class DirectMoves {

    private final TenantJdbc db;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final StockLedger ledger;
    private final TransferStore store;
    private final Drafts drafts;
    private final Validator validator;

    DirectMoves(TenantJdbc db, Catalog catalog, Warehouses warehouses, StockLedger ledger, TransferStore store, Drafts drafts,
                Validator validator) {
        this.db = db;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.ledger = ledger;
        this.store = store;
        this.drafts = drafts;
        this.validator = validator;
    }

    UUID adjust(Requests.Adjustment request) {
        Location location = internalLocation("locationId", request.locationId(), false);
        List<Requests.AdjustmentLine> lines = request.lines() == null ? List.of() : request.lines();
        Map<UUID, ProductInfo> products = drafts.products(lines.stream().map(Requests.AdjustmentLine::productId).toList());
        FieldErrors problems = new FieldErrors();
        if (lines.isEmpty()) {
            problems.add("lines", "must contain at least one line");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Requests.AdjustmentLine line = lines.get(i);
            String f = "lines[" + i + "].";
            ProductInfo product = products.get(line.productId());
            if (product == null) {
                problems.add(f + "productId", "is required");
                continue;
            }
            if (!Catalog.stocked(product)) {
                problems.add(f + "productId", "is not a storable product");
            }
            if (line.countedQuantity() == null) {
                problems.add(f + "countedQuantity", "is required");
            } else if (line.countedQuantity().signum() < 0) {
                problems.add(f + "countedQuantity", "must not be negative");
            } else if (product.tracking() == Tracking.SERIAL && line.countedQuantity().compareTo(BigDecimal.ONE) > 0) {
                problems.add(f + "countedQuantity", "must be 0 or 1 for a serial");
            }
            checkLot(problems, f, product, line.lot());
            if (!seen.add(product.id() + "/" + Objects.toString(line.lot(), ""))) {
                problems.add(f + "productId", "is counted twice (same product and lot)");
            }
        }
        problems.throwIfAny();
        LocalDate date = request.date() != null ? request.date() : LocalDate.now();
        UUID adjustment = warehouses.virtual(LocationUsage.INVENTORY_ADJUSTMENT).id();
        Map<String, UUID> lots = lots(lines.stream().filter(l -> l.lot() != null && !l.lot().isBlank())
                .map(l -> new LotName(l.productId(), l.lot().strip(), products.get(l.productId()).tracking() == Tracking.SERIAL))
                .toList());
        List<BalanceKey> keys = new ArrayList<>();
        for (Requests.AdjustmentLine line : lines) {
            keys.add(new BalanceKey(line.productId(), location.id(), lotKey(lots, line.productId(), line.lot())));
        }
        Map<BalanceKey, BigDecimal> onHand = ledger.lockOnHand(keys);
        UUID transfer = Ids.newId();
        List<MoveRow> moves = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Requests.AdjustmentLine line = lines.get(i);
            BalanceKey key = keys.get(i);
            BigDecimal diff = line.countedQuantity().subtract(onHand.get(key));
            if (diff.signum() == 0) {
                continue;
            }
            ProductInfo product = products.get(line.productId());
            boolean gain = diff.signum() > 0;
            moves.add(done(transfer, i + 1, product, diff.abs(), gain ? adjustment : location.id(),
                    gain ? location.id() : adjustment, BalanceKey.NO_LOT.equals(key.lotId()) ? null : key.lotId(),
                    line.lot(), date, null, null));
        }
        store.insertTransfer(transfer, Kind.ADJUSTMENT, "DONE", location.warehouseId(), null, adjustment, location.id(),
                null, date);
        store.insert(moves);
        validator.book(transfer, Kind.ADJUSTMENT, moves, products);
        return transfer;
    }

    UUID scrap(Requests.Scrap request) {
        Location location = internalLocation("locationId", request.locationId(), true);
        return moveOut(Kind.SCRAP, location, warehouses.virtual(LocationUsage.SCRAP).id(), request.date(), request.lines());
    }

    UUID internal(Requests.Internal request) {
        Location from = internalLocation("fromLocationId", request.fromLocationId(), false);
        Location to = internalLocation("toLocationId", request.toLocationId(), false);
        if (from.id().equals(to.id())) {
            throw ApiProblem.invalid("toLocationId", "must differ from fromLocationId");
        }
        return moveOut(Kind.INTERNAL, from, to.id(), request.date(), request.lines());
    }

    /** Moves quantities out of an internal location at once (scrap, internal transfer); never reserved stock. */
    private UUID moveOut(Kind kind, Location location, UUID destination, LocalDate requestedDate, List<Requests.ScrapLine> given) {
        List<Requests.ScrapLine> lines = given == null ? List.of() : given;
        Map<UUID, ProductInfo> products = drafts.products(lines.stream().map(Requests.ScrapLine::productId).toList());
        FieldErrors problems = new FieldErrors();
        if (lines.isEmpty()) {
            problems.add("lines", "must contain at least one line");
        }
        LocalDate date = requestedDate != null ? requestedDate : LocalDate.now();
        UUID transfer = Ids.newId();
        List<MoveRow> moves = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Requests.ScrapLine line = lines.get(i);
            String f = "lines[" + i + "].";
            ProductInfo product = products.get(line.productId());
            if (product == null) {
                problems.add(f + "productId", "is required");
                continue;
            }
            Drafts.checkProduct(problems, f, product);
            if (line.quantity() == null || line.quantity().signum() <= 0) {
                problems.add(f + "quantity", "must be positive");
            } else if (product.tracking() == Tracking.SERIAL && line.quantity().compareTo(BigDecimal.ONE) != 0) {
                problems.add(f + "quantity", "must be 1 for a serial");
            }
            checkLot(problems, f, product, line.lot());
            UUID lot = null;
            if (product.tracking() != Tracking.NONE && line.lot() != null && !line.lot().isBlank()) {
                lot = drafts.lotId(product.id(), line.lot().strip());
                if (lot == null) {
                    problems.add(f + "lot", "names no lot or serial of this product");
                }
            }
            if (!problems.any()) {
                moves.add(done(transfer, i + 1, product, line.quantity(), location.id(), destination, lot, line.lot(), date,
                        null, null));
            }
        }
        problems.throwIfAny();
        store.insertTransfer(transfer, kind, "DONE", location.warehouseId(), null, location.id(), destination, null, date);
        store.insert(moves);
        validator.book(transfer, kind, moves, products);
        return transfer;
    }

    UUID returnMoves(Requests.Return request) {
        List<Requests.ReturnLine> lines = request.lines() == null ? List.of() : request.lines();
        FieldErrors problems = new FieldErrors();
        if (lines.isEmpty()) {
            problems.add("lines", "must contain at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).moveId() == null) {
                problems.add("lines[" + i + "].moveId", "is required");
            }
            if (lines.get(i).quantity() == null || lines.get(i).quantity().signum() <= 0) {
                problems.add("lines[" + i + "].quantity", "must be positive");
            }
        }
        problems.throwIfAny();
        List<UUID> ids = lines.stream().map(Requests.ReturnLine::moveId).distinct().toList();
        Map<UUID, MoveRow> originals = store.lockMoves(ids);
        for (int i = 0; i < lines.size(); i++) {
            if (!originals.containsKey(lines.get(i).moveId())) {
                throw FieldErrors.notFound("lines[" + i + "].moveId", "Move", lines.get(i).moveId());
            }
        }
        Map<UUID, BigDecimal> returned = new HashMap<>(store.returned(ids));
        Map<UUID, ProductInfo> products = catalog.products(originals.values().stream().map(MoveRow::productId).distinct().toList());
        LocalDate date = request.date() != null ? request.date() : LocalDate.now();
        UUID transfer = Ids.newId();
        List<MoveRow> moves = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Requests.ReturnLine line = lines.get(i);
            MoveRow original = originals.get(line.moveId());
            String f = "lines[" + i + "].";
            if (!original.state().equals("DONE")) {
                problems.add(f + "moveId", "is not done; only done moves are returned");
                continue;
            }
            if (original.returnOf() != null) {
                problems.add(f + "moveId", "is a return itself; record a new move instead");
                continue;
            }
            BigDecimal before = returned.getOrDefault(original.id(), BigDecimal.ZERO);
            BigDecimal left = original.quantity().subtract(before);
            if (line.quantity().compareTo(left) > 0) {
                problems.add(f + "quantity", "exceeds what is left to return: " + Validator.plain(left));
                continue;
            }
            returned.put(original.id(), before.add(line.quantity()));
            moves.add(new MoveRow(Ids.newId(), transfer, i + 1, original.productId(), line.quantity(),
                    original.enteredFor(line.quantity()), original.enteredUom(), original.toLocationId(),
                    original.fromLocationId(), original.lotId(), original.lotName(), original.lotExpiry(), "DONE",
                    original.originModule(), original.originId(), original.originLine(), date, original.unitCost(),
                    original.id()));
        }
        problems.throwIfAny();
        MoveRow first = moves.getFirst();
        Map<UUID, Location> locations = warehouses.locations(List.of(first.fromLocationId(), first.toLocationId()));
        UUID warehouse = locations.values().stream().map(Location::warehouseId).filter(Objects::nonNull).findFirst()
                .orElseGet(() -> warehouses.defaultWarehouse().id());
        store.insertTransfer(transfer, Kind.RETURN, "DONE", warehouse, null, first.fromLocationId(), first.toLocationId(),
                null, date);
        store.insert(moves);
        validator.book(transfer, Kind.RETURN, moves, products);
        return transfer;
    }

    private Location internalLocation(String field, UUID id, boolean defaultStock) {
        if (id == null) {
            if (defaultStock) {
                return warehouses.location(warehouses.defaultWarehouse().stockLocationId()).orElseThrow();
            }
            throw ApiProblem.invalid(field, "is required");
        }
        Location location = warehouses.location(id).orElseThrow(() -> FieldErrors.notFound(field, "Location", id));
        if (location.usage() != LocationUsage.INTERNAL) {
            throw ApiProblem.invalid(field, "must be an internal location of a warehouse");
        }
        return location;
    }

    private static void checkLot(FieldErrors problems, String f, ProductInfo product, String lot) {
        boolean hasLot = lot != null && !lot.isBlank();
        if (product.tracking() == Tracking.NONE && hasLot) {
            problems.add(f + "lot", "must be empty: the product is not tracked by lot or serial");
        } else if (product.tracking() != Tracking.NONE && !hasLot) {
            problems.add(f + "lot", "is required for a " + (product.tracking() == Tracking.LOT ? "lot" : "serial") + "-tracked product");
        } else if (hasLot && lot.strip().length() > 100) {
            problems.add(f + "lot", "must be at most 100 characters");
        }
    }

    private record LotName(UUID productId, String name, boolean serial) {
    }

    /** Finds or creates lots, by product and name. */
    private Map<String, UUID> lots(List<LotName> names) {
        Map<String, UUID> ids = new HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        UUID tenant = db.tenant();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = names.stream().map(n -> new Object[] {tenant, Ids.newId(), n.productId(), n.name(), n.serial(), now})
                .toList();
        db.jdbc().batchUpdate(Dialect.of(db).insertIfAbsent("inv_lots",
                List.of("tenant_id", "id", "product_id", "name", "serial", "created_at"),
                List.of("tenant_id", "product_id", "name")), rows);
        db.sql().sql("select id, product_id, name from inv_lots where tenant_id = ? and product_id = any(?) and name = any(?)")
                .param(tenant).param(db.uuids(names.stream().map(LotName::productId).distinct().toList()))
                .param(db.strings(names.stream().map(LotName::name).distinct().toList()))
                .query(rs -> {
                    ids.put(rs.getObject(2, UUID.class) + "/" + rs.getString(3), rs.getObject(1, UUID.class));
                });
        return ids;
    }

    private static UUID lotKey(Map<String, UUID> lots, UUID product, String lot) {
        return lot == null || lot.isBlank() ? BalanceKey.NO_LOT : lots.get(product + "/" + lot.strip());
    }

    private static MoveRow done(UUID transfer, int lineNo, ProductInfo product, BigDecimal quantity, UUID from, UUID to,
                                UUID lotId, String lotName, LocalDate date, BigDecimal unitCost, UUID returnOf) {
        return new MoveRow(Ids.newId(), transfer, lineNo, product.id(), quantity, quantity, product.baseUom(), from, to,
                lotId, lotName == null || lotName.isBlank() ? null : lotName.strip(), null, "DONE", null, null, null,
                date, unitCost, returnOf);
    }
}
