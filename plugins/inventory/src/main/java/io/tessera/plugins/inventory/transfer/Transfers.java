package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.common.Db;
import io.tessera.plugins.inventory.stock.Reservations;
import io.tessera.plugins.inventory.warehouse.Location;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The transfer operations of the REST API (and the UI), each one transaction, all or nothing. */
class Transfers {

    private final Db db;
    private final Drafts drafts;
    private final Validator validator;
    private final DirectMoves direct;
    private final TransferStore store;
    private final Reservations reservations;
    private final Warehouses warehouses;
    private final Catalog catalog;

    Transfers(Db db, Drafts drafts, Validator validator, DirectMoves direct, TransferStore store,
              Reservations reservations, Warehouses warehouses, Catalog catalog) {
        this.db = db;
        this.drafts = drafts;
        this.validator = validator;
        this.direct = direct;
        this.store = store;
        this.reservations = reservations;
        this.warehouses = warehouses;
        this.catalog = catalog;
    }

    /**
     * The outcome of a validation.
     *
     * @param transfer    the validated transfer
     * @param backorderId the backorder holding what was not done, or null
     */
    record ValidationView(TransferView transfer, UUID backorderId) {
    }

    @RequiresPermission("inventory.write")
    TransferView createReceipt(Requests.Receipt request) {
        return db.tx().write(() -> view(drafts.receipt(request, null)));
    }

    @RequiresPermission("inventory.write")
    TransferView createDelivery(Requests.Delivery request) {
        return db.tx().write(() -> view(drafts.delivery(request, null)));
    }

    TransferView find(UUID id, Kind kind) {
        return db.tx().read(() -> {
            TransferRow row = store.find(id, false).filter(t -> kind == null || t.kind() == kind)
                    .orElseThrow(() -> ApiProblem.notFound(name(kind), id));
            return view(row.id());
        });
    }

    @RequiresPermission("inventory.write")
    ValidationView validate(UUID id, Kind kind, Requests.Validate request) {
        return db.tx().write(() -> {
            TransferRow row = store.find(id, true).filter(t -> t.kind() == kind)
                    .orElseThrow(() -> ApiProblem.notFound(name(kind), id));
            Validator.Outcome outcome = validator.validate(row, request == null ? null : request.lines());
            return new ValidationView(view(outcome.transferId()), outcome.backorderId());
        });
    }

    @RequiresPermission("inventory.write")
    TransferView reserve(UUID id) {
        return db.tx().write(() -> {
            TransferRow row = openDelivery(id);
            List<MoveRow> open = new ArrayList<>(store.moves(id).stream().filter(m -> !m.state().equals("DONE")).toList());
            open.sort(Comparator.comparing(MoveRow::productId, Validator.UUID_ORDER).thenComparingInt(MoveRow::lineNo));
            Map<UUID, ProductInfo> products = catalog.products(open.stream().map(MoveRow::productId).distinct().toList());
            List<UUID> sources = warehouses.internalLocationIds(row.warehouseId());
            Map<UUID, Location> from = warehouses.locations(open.stream().map(MoveRow::fromLocationId).distinct().toList());
            boolean complete = true;
            for (MoveRow m : open) {
                ProductInfo product = products.get(m.productId());
                if (!Catalog.stocked(product) || !from.get(m.fromLocationId()).usage().ownStock()) {
                    continue;
                }
                var demand = Validator.demand(m.demand());
                BigDecimal missing = m.quantity().subtract(reservations.reserved(demand));
                if (missing.signum() > 0) {
                    BigDecimal got = reservations.reserve(demand, m.productId(), missing, sources, m.lotId(), product.sku());
                    complete &= got.compareTo(missing) == 0;
                }
            }
            String state = complete ? "ASSIGNED" : "CONFIRMED";
            store.setState(id, state);
            store.setMovesState(id, state);
            return view(id);
        });
    }

    @RequiresPermission("inventory.write")
    TransferView unreserve(UUID id) {
        return db.tx().write(() -> {
            openDelivery(id);
            List<MoveRow> open = store.moves(id).stream().filter(m -> !m.state().equals("DONE")).toList();
            Map<UUID, ProductInfo> products = catalog.products(open.stream().map(MoveRow::productId).distinct().toList());
            open.stream().sorted(Comparator.comparing(MoveRow::productId, Validator.UUID_ORDER))
                    .forEach(m -> reservations.unreserve(Validator.demand(m.demand()), products.get(m.productId()).sku()));
            store.setState(id, "DRAFT");
            store.setMovesState(id, "DRAFT");
            return view(id);
        });
    }

    @RequiresPermission("inventory.manage")
    TransferView adjust(Requests.Adjustment request) {
        return db.tx().write(() -> view(direct.adjust(request)));
    }

    @RequiresPermission("inventory.write")
    TransferView scrap(Requests.Scrap request) {
        return db.tx().write(() -> view(direct.scrap(request)));
    }

    @RequiresPermission("inventory.write")
    TransferView returnMoves(Requests.Return request) {
        return db.tx().write(() -> view(direct.returnMoves(request)));
    }

    private TransferRow openDelivery(UUID id) {
        TransferRow row = store.find(id, true).filter(t -> t.kind() == Kind.DELIVERY)
                .orElseThrow(() -> ApiProblem.notFound("Delivery", id));
        if (!row.open()) {
            throw ApiProblem.conflict("Delivery " + id + " is " + row.state().toLowerCase() + " already");
        }
        return row;
    }

    TransferView view(UUID id) {
        TransferRow t = store.find(id, false).orElseThrow(() -> ApiProblem.notFound("Transfer", id));
        Map<Integer, BigDecimal> reserved = store.reservedByLine(id);
        List<TransferView.Line> lines = store.moves(id).stream().map(m -> new TransferView.Line(m.id(), m.lineNo(),
                m.productId(), m.quantity(), m.enteredQuantity(), m.enteredUom(),
                m.state().equals("DONE") || m.originModule() != null ? BigDecimal.ZERO
                        : reserved.getOrDefault(m.lineNo(), BigDecimal.ZERO),
                m.fromLocationId(), m.toLocationId(), m.lotName(), m.lotExpiry(), m.unitCost(),
                m.state().toLowerCase(), m.returnOf())).toList();
        return new TransferView(t.id(), t.kind().api(), t.state().toLowerCase(), t.warehouseId(), t.partyId(),
                t.fromLocationId(), t.toLocationId(), t.backorderOf(), t.date(), lines);
    }

    private static String name(Kind kind) {
        if (kind == Kind.RECEIPT) {
            return "Receipt";
        }
        return kind == Kind.DELIVERY ? "Delivery" : "Transfer";
    }
}
