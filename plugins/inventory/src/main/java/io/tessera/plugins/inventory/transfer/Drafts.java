package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.catalog.api.Tracking;
import io.tessera.plugins.inventory.api.DemandLine;
import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.warehouse.Warehouse;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.FieldErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Creates draft receipts and deliveries: checks every reference (404 naming the field for an id of another
 * tenant) and every line (one 422 naming each bad field), converts quantities to the base unit once, and writes
 * the transfer and its moves. A serial-tracked line becomes one move of one unit per serial. Call inside a
 * transaction.
 */
class Drafts {

    private final TenantJdbc db;
    private final Catalog catalog;
    private final Warehouses warehouses;
    private final Parties parties;
    private final TransferStore store;

    Drafts(TenantJdbc db, Catalog catalog, Warehouses warehouses, Parties parties, TransferStore store) {
        this.db = db;
        this.catalog = catalog;
        this.warehouses = warehouses;
        this.parties = parties;
        this.store = store;
    }

    UUID receipt(Requests.Receipt request, DemandLine origin) {
        return receipt(request, origin, Kind.RECEIPT, LocationUsage.SUPPLIER);
    }

    /** A draft of goods coming in from a virtual location of the usage (suppliers, production). */
    UUID receipt(Requests.Receipt request, DemandLine origin, Kind kind, LocationUsage source) {
        Warehouse warehouse = warehouse(request.warehouseId());
        checkParty(request.partyId());
        List<Requests.ReceiptLine> lines = request.lines() == null ? List.of() : request.lines();
        Map<UUID, ProductInfo> products = products(lines.stream().map(Requests.ReceiptLine::productId).toList());
        FieldErrors problems = new FieldErrors();
        if (lines.isEmpty()) {
            problems.add("lines", "must contain at least one line");
        }
        UUID from = warehouses.virtual(source).id();
        UUID to = warehouse.stockLocationId();
        LocalDate date = request.date() != null ? request.date() : LocalDate.now();
        UUID transfer = Ids.newId();
        List<MoveRow> moves = new ArrayList<>();
        Set<String> serialsSeen = new HashSet<>();
        int lineNo = 0;
        for (int i = 0; i < lines.size(); i++) {
            Requests.ReceiptLine line = lines.get(i);
            String f = "lines[" + i + "].";
            ProductInfo product = products.get(line.productId());
            if (product == null) {
                problems.add(f + "productId", "is required");
                continue;
            }
            checkProduct(problems, f, product);
            if (line.unitCost() == null) {
                problems.add(f + "unitCost", "is required");
            } else if (line.unitCost().signum() < 0) {
                problems.add(f + "unitCost", "must not be negative");
            }
            BigDecimal base = quantity(problems, f, line.quantity(), line.uom(), product);
            List<String> serials = line.serials() == null ? List.of() : line.serials();
            checkLot(problems, f, product, line.lot(), serials, base, serialsSeen);
            if (problems.any() || base == null) {
                continue;
            }
            BigDecimal unitCost = line.unitCost().multiply(line.quantity()).divide(base, 6, RoundingMode.HALF_UP);
            String uom = line.uom() != null ? line.uom() : product.baseUom();
            if (product.tracking() == Tracking.SERIAL) {
                BigDecimal entered = line.quantity().divide(base, 6, RoundingMode.HALF_UP);
                for (String serial : serials) {
                    moves.add(draft(transfer, ++lineNo, product.id(), BigDecimal.ONE, entered, uom, from, to, serial.strip(),
                            null, origin, date, unitCost));
                }
            } else {
                moves.add(draft(transfer, ++lineNo, product.id(), base, line.quantity(), uom, from, to,
                        product.tracking() == Tracking.LOT ? line.lot().strip() : null, line.expiry(), origin, date, unitCost));
            }
        }
        problems.throwIfAny();
        insertTransfer(transfer, kind, warehouse.id(), request.partyId(), from, to, date);
        store.insert(moves);
        return transfer;
    }

    UUID delivery(Requests.Delivery request, DemandLine origin) {
        return delivery(request, origin, Kind.DELIVERY, LocationUsage.CUSTOMER);
    }

    /** A draft of goods going out of stock to a virtual location of the usage (customers, production). */
    UUID delivery(Requests.Delivery request, DemandLine origin, Kind kind, LocationUsage destination) {
        return delivery(request, i -> origin, kind, destination);
    }

    /** A draft delivery whose line {@code i} has the origin {@code origins.apply(i)} (a batch of demand lines). */
    UUID delivery(Requests.Delivery request, java.util.function.IntFunction<DemandLine> origins, Kind kind,
                  LocationUsage destination) {
        Warehouse warehouse = warehouse(request.warehouseId());
        checkParty(request.partyId());
        List<Requests.DeliveryLine> lines = request.lines() == null ? List.of() : request.lines();
        Map<UUID, ProductInfo> products = products(lines.stream().map(Requests.DeliveryLine::productId).toList());
        FieldErrors problems = new FieldErrors();
        if (lines.isEmpty()) {
            problems.add("lines", "must contain at least one line");
        }
        UUID from = warehouse.stockLocationId();
        UUID to = warehouses.virtual(destination).id();
        LocalDate date = request.date() != null ? request.date() : LocalDate.now();
        UUID transfer = Ids.newId();
        List<MoveRow> moves = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Requests.DeliveryLine line = lines.get(i);
            String f = "lines[" + i + "].";
            ProductInfo product = products.get(line.productId());
            if (product == null) {
                problems.add(f + "productId", "is required");
                continue;
            }
            checkProduct(problems, f, product);
            BigDecimal base = quantity(problems, f, line.quantity(), line.uom(), product);
            if (base != null && product.tracking() == Tracking.SERIAL && base.stripTrailingZeros().scale() > 0) {
                problems.add(f + "quantity", "must be whole units for a serial-tracked product");
            }
            UUID lot = null;
            if (line.lot() != null && !line.lot().isBlank()) {
                if (product.tracking() == Tracking.NONE) {
                    problems.add(f + "lot", "must be empty: the product is not tracked by lot or serial");
                } else {
                    lot = lotId(product.id(), line.lot().strip());
                    if (lot == null) {
                        problems.add(f + "lot", "names no lot or serial of this product");
                    }
                }
            }
            if (problems.any() || base == null) {
                continue;
            }
            moves.add(draft(transfer, i + 1, product.id(), base, line.quantity(),
                    line.uom() != null ? line.uom() : product.baseUom(), from, to, null, null, origins.apply(i), date, null)
                    .withLot(lot));
        }
        problems.throwIfAny();
        insertTransfer(transfer, kind, warehouse.id(), request.partyId(), from, to, date);
        store.insert(moves);
        return transfer;
    }

    /** The warehouse asked for (404 naming {@code warehouseId} when it is not the tenant's), else the default. */
    Warehouse warehouse(UUID id) {
        if (id == null) {
            return warehouses.defaultWarehouse();
        }
        return warehouses.find(id).orElseThrow(() -> FieldErrors.notFound("warehouseId", "Warehouse", id));
    }

    /** Products by id; 404 naming the first line whose product is not the tenant's. */
    Map<UUID, ProductInfo> products(List<UUID> ids) {
        List<UUID> wanted = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        // a map that answers null for a line without a product id (Map.of() throws), so that line is a 422, not a 500
        Map<UUID, ProductInfo> found = new java.util.HashMap<>(wanted.isEmpty() ? Map.of() : catalog.products(wanted));
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) != null && !found.containsKey(ids.get(i))) {
                throw FieldErrors.notFound("lines[" + i + "].productId", "Product", ids.get(i));
            }
        }
        return found;
    }

    /** The id of a product's lot or serial, or null. */
    UUID lotId(UUID product, String name) {
        return db.sql().sql("select id from inv_lots where tenant_id = ? and product_id = ? and name = ?")
                .param(db.tenant()).param(product).param(name).query(UUID.class).optional().orElse(null);
    }

    static void checkProduct(FieldErrors problems, String f, ProductInfo product) {
        if (product.type() == ProductType.SERVICE) {
            problems.add(f + "productId", "is a service, which is never stocked");
        } else if (!product.active()) {
            problems.add(f + "productId", "is archived");
        }
    }

    private BigDecimal quantity(FieldErrors problems, String f, BigDecimal quantity, String uom, ProductInfo product) {
        if (quantity == null) {
            problems.add(f + "quantity", "is required");
            return null;
        }
        if (quantity.signum() <= 0) {
            problems.add(f + "quantity", "must be positive");
            return null;
        }
        try {
            return catalog.toBase(f + "quantity", f + "uom", quantity, uom, product);
        } catch (ApiProblem e) {
            e.errors().forEach(err -> problems.add(err.field(), err.message()));
            return null;
        }
    }

    private static void checkLot(FieldErrors problems, String f, ProductInfo product, String lot, List<String> serials,
                                 BigDecimal base, Set<String> serialsSeen) {
        boolean hasLot = lot != null && !lot.isBlank();
        switch (product.tracking()) {
            case NONE -> {
                if (hasLot) {
                    problems.add(f + "lot", "must be empty: the product is not tracked by lot");
                }
                if (!serials.isEmpty()) {
                    problems.add(f + "serials", "must be empty: the product is not tracked by serial");
                }
            }
            case LOT -> {
                if (!hasLot) {
                    problems.add(f + "lot", "is required for a lot-tracked product");
                }
                if (!serials.isEmpty()) {
                    problems.add(f + "serials", "must be empty: the product is tracked by lot");
                }
            }
            case SERIAL -> {
                if (hasLot) {
                    problems.add(f + "lot", "must be empty: the product is tracked by serial, give serials");
                }
                if (base != null && (base.stripTrailingZeros().scale() > 0
                        || base.compareTo(BigDecimal.valueOf(serials.size())) != 0)) {
                    problems.add(f + "serials", "must name one serial per unit: " + base.stripTrailingZeros().toPlainString()
                            + " units, " + serials.size() + " serials");
                }
                for (int s = 0; s < serials.size(); s++) {
                    String serial = serials.get(s);
                    if (serial == null || serial.isBlank() || serial.strip().length() > 100) {
                        problems.add(f + "serials[" + s + "]", "must be 1 to 100 characters");
                    } else if (!serialsSeen.add(product.id() + "/" + serial.strip())) {
                        problems.add(f + "serials[" + s + "]", "is given twice");
                    }
                }
            }
            default -> throw new IllegalStateException("Unknown tracking " + product.tracking());
        }
    }

    private void checkParty(UUID party) {
        if (party != null && parties.findAll(List.of(party)).isEmpty()) {
            throw FieldErrors.notFound("partyId", "Party", party);
        }
    }

    private void insertTransfer(UUID id, Kind kind, UUID warehouse, UUID party, UUID from, UUID to, LocalDate date) {
        store.insertTransfer(id, kind, "DRAFT", warehouse, party, from, to, null, date);
    }

    static MoveRow draft(UUID transfer, int lineNo, UUID product, BigDecimal quantity, BigDecimal entered, String uom,
                         UUID from, UUID to, String lotName, LocalDate expiry, DemandLine origin, LocalDate date,
                         BigDecimal unitCost) {
        return new MoveRow(Ids.newId(), transfer, lineNo, product, quantity, entered, uom, from, to, null, lotName,
                expiry, "DRAFT", origin == null ? null : origin.module(), origin == null ? null : origin.documentId(),
                origin == null ? null : origin.line(), date, unitCost, null);
    }
}
