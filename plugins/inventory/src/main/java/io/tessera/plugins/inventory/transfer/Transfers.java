package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.plugins.inventory.stock.Reservations;
import io.tessera.plugins.inventory.warehouse.Location;
import io.tessera.plugins.inventory.warehouse.Warehouses;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.web.PageView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The transfer operations of the REST API and the views, each one transaction, all or nothing. */
public class Transfers {

    private final TenantJdbc db;
    private final Drafts drafts;
    private final Validator validator;
    private final DirectMoves direct;
    private final TransferStore store;
    private final Reservations reservations;
    private final Warehouses warehouses;
    private final Catalog catalog;

    Transfers(TenantJdbc db, Drafts drafts, Validator validator, DirectMoves direct, TransferStore store,
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
     * @param backorderId the backorder holding what was not done, or null (everything done, or no backorder wanted)
     */
    public record ValidationView(TransferView transfer, UUID backorderId) {
    }

    /**
     * Creates a draft receipt.
     *
     * @param request the receipt
     * @return the draft
     */
    @RequiresPermission("inventory.write")
    public TransferView createReceipt(Requests.Receipt request) {
        return db.tx().write(() -> view(drafts.receipt(request, null)));
    }

    /**
     * Creates a draft delivery.
     *
     * @param request the delivery
     * @return the draft
     */
    @RequiresPermission("inventory.write")
    public TransferView createDelivery(Requests.Delivery request) {
        return db.tx().write(() -> view(drafts.delivery(request, null)));
    }

    /**
     * A transfer.
     *
     * @param id   its id
     * @param kind the kind it must be, or null for any
     * @return the transfer
     * @throws ApiProblem 404 when the tenant has none of that kind with that id
     */
    public TransferView find(UUID id, Kind kind) {
        return db.tx().read(() -> {
            TransferRow row = store.find(id, false).filter(t -> kind == null || t.kind() == kind)
                    .orElseThrow(() -> ApiProblem.notFound(name(kind), id));
            return view(row.id());
        });
    }

    /**
     * A page of transfers of a kind, newest first.
     *
     * @param kind   the kind
     * @param state  the state filter, or null
     * @param paging the page
     * @return the page
     */
    public PageView<TransferSummary> list(Kind kind, String state, PageView.Paging paging) {
        String wanted = state == null ? null : state.toUpperCase(java.util.Locale.ROOT);
        if (wanted != null && !List.of("DRAFT", "CONFIRMED", "ASSIGNED", "DONE", "CANCELLED").contains(wanted)) {
            throw ApiProblem.badRequest("state", "must be draft, confirmed, assigned, done or cancelled");
        }
        return db.tx().read(() -> {
            List<TransferSummary> items = store.list(kind, wanted, paging.size(), paging.offset());
            return PageView.of(items, paging, paging.total(items.size(), () -> store.count(kind, wanted)));
        });
    }

    /**
     * A page of transfers of a kind for a lazy grid, newest first.
     *
     * @param kind   the kind
     * @param state  the state (upper case), or null for all
     * @param offset the first row
     * @param limit  the page size
     * @return the transfers
     */
    public List<TransferSummary> page(Kind kind, String state, int offset, int limit) {
        return db.tx().read(() -> store.list(kind, state, limit, offset));
    }

    /**
     * How many transfers {@link #page} lists.
     *
     * @param kind  the kind
     * @param state the state (upper case), or null for all
     * @return the count
     */
    public long count(Kind kind, String state) {
        return db.tx().read(() -> store.count(kind, state));
    }

    /**
     * Validates a transfer: everything, or the quantities given (the rest goes to a backorder, or is cancelled when the
     * request asks for no backorder).
     *
     * @param id      the transfer
     * @param kind    the kind it must be
     * @param request the quantities, or null for everything
     * @return the validated transfer and its backorder
     */
    @RequiresPermission("inventory.write")
    public ValidationView validate(UUID id, Kind kind, Requests.Validate request) {
        return db.tx().write(() -> {
            TransferRow row = store.find(id, true).filter(t -> t.kind() == kind)
                    .orElseThrow(() -> ApiProblem.notFound(name(kind), id));
            refuseExpected(row);
            Validator.Outcome outcome = validator.validate(row, request == null ? null : request.lines(),
                    request == null || request.wantsBackorder());
            return new ValidationView(view(outcome.transferId()), outcome.backorderId());
        });
    }

    /**
     * Reserves what is available for a delivery's open lines.
     *
     * @param id the delivery
     * @return the delivery with what is reserved
     */
    @RequiresPermission("inventory.write")
    public TransferView reserve(UUID id) {
        return db.tx().write(() -> {
            TransferRow row = openDelivery(id);
            List<MoveRow> open = new ArrayList<>(store.moves(id).stream().filter(m -> !m.state().equals("DONE")).toList());
            open.sort(Comparator.comparing(MoveRow::productId, Validator.UUID_ORDER).thenComparingInt(MoveRow::lineNo));
            Map<UUID, ProductInfo> products = catalog.products(open.stream().map(MoveRow::productId).distinct().toList());
            List<UUID> sources = warehouses.internalLocationIds(row.warehouseId());
            Map<UUID, Location> from = warehouses.locations(open.stream().map(MoveRow::fromLocationId).distinct().toList());
            List<MoveRow> stocked = open.stream().filter(m -> Catalog.stocked(products.get(m.productId()))
                    && from.get(m.fromLocationId()).usage().ownStock()).toList();
            boolean complete = true;
            if (stocked.stream().map(MoveRow::demand).distinct().count() == stocked.size()) {
                // every line at once: a fixed number of statements whatever the number of lines
                List<BigDecimal> has = reservations.reserveAll(stocked.stream().map(m -> new Reservations.Need(
                        Validator.demand(m.demand()), m.productId(), m.quantity(), m.lotId(),
                        products.get(m.productId()).sku())).toList(), sources);
                for (int i = 0; i < stocked.size(); i++) {
                    complete &= has.get(i).compareTo(stocked.get(i).quantity()) >= 0;
                }
            } else {
                for (MoveRow m : stocked) {
                    var demand = Validator.demand(m.demand());
                    BigDecimal missing = m.quantity().subtract(reservations.reserved(demand));
                    if (missing.signum() > 0) {
                        BigDecimal got = reservations.reserve(demand, m.productId(), missing, sources, m.lotId(),
                                products.get(m.productId()).sku());
                        complete &= got.compareTo(missing) == 0;
                    }
                }
            }
            String state = complete ? "ASSIGNED" : "CONFIRMED";
            store.setState(id, state);
            store.setMovesState(id, state);
            return view(id);
        });
    }

    /**
     * Releases a delivery's reservations.
     *
     * @param id the delivery
     * @return the delivery
     */
    @RequiresPermission("inventory.write")
    public TransferView unreserve(UUID id) {
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

    /**
     * Cancels an open transfer (draft, confirmed or assigned): releases what its lines have reserved and marks it
     * and its open moves cancelled, all or nothing. A done or cancelled transfer is 409.
     *
     * @param id   the transfer
     * @param kind the kind it must be, or null for any
     * @return the cancelled transfer
     */
    @RequiresPermission("inventory.write")
    public TransferView cancel(UUID id, Kind kind) {
        return db.tx().write(() -> {
            TransferRow row = store.find(id, true).filter(t -> kind == null || t.kind() == kind)
                    .orElseThrow(() -> ApiProblem.notFound(name(kind), id));
            if (!row.open()) {
                throw ApiProblem.conflict(name(row.kind()) + " " + id + " is " + row.state().toLowerCase()
                        + " already and cannot be cancelled");
            }
            refuseExpected(row);
            List<MoveRow> open = store.moves(id).stream().filter(m -> !m.state().equals("DONE")
                    && !m.state().equals("CANCELLED")).toList();
            Map<UUID, ProductInfo> products = catalog.products(open.stream().map(MoveRow::productId).distinct().toList());
            open.stream().filter(m -> m.originModule() == null)
                    .sorted(Comparator.comparing(MoveRow::productId, Validator.UUID_ORDER))
                    .forEach(m -> reservations.unreserve(Validator.demand(m.demand()), products.get(m.productId()).sku()));
            store.setMovesState(id, "CANCELLED");
            store.setState(id, "CANCELLED");
            return view(id);
        });
    }

    /**
     * Adjusts stock to counted quantities.
     *
     * @param request the count
     * @return the done adjustment
     */
    @RequiresPermission("inventory.manage")
    public TransferView adjust(Requests.Adjustment request) {
        return db.tx().write(() -> view(direct.adjust(request)));
    }

    /**
     * Scraps stock.
     *
     * @param request what to scrap
     * @return the done scrap
     */
    @RequiresPermission("inventory.write")
    public TransferView scrap(Requests.Scrap request) {
        return db.tx().write(() -> view(direct.scrap(request)));
    }

    /**
     * Moves goods between two internal locations at once.
     *
     * @param request the locations and quantities
     * @return the done internal transfer
     */
    @RequiresPermission("inventory.write")
    public TransferView internal(Requests.Internal request) {
        return db.tx().write(() -> view(direct.internal(request)));
    }

    /**
     * Returns quantities of done moves.
     *
     * @param request the moves and quantities
     * @return the done return
     */
    @RequiresPermission("inventory.write")
    public TransferView returnMoves(Requests.Return request) {
        return db.tx().write(() -> view(direct.returnMoves(request)));
    }

    /** Goods another module expects (a purchase order's receipt) are received or withdrawn through that module. */
    private void refuseExpected(TransferRow row) {
        if (row.kind() != Kind.RECEIPT) {
            return;
        }
        store.moves(row.id()).stream().filter(m -> m.originModule() != null && "DRAFT".equals(m.state())).findFirst()
                .ifPresent(m -> {
                    throw ApiProblem.conflict("Receipt " + row.id() + " is expected by " + m.originModule()
                            + ": receive or cancel it from that module's document, which records what arrived");
                });
    }

    private TransferRow openDelivery(UUID id) {
        TransferRow row = store.find(id, true).filter(t -> t.kind() == Kind.DELIVERY)
                .orElseThrow(() -> ApiProblem.notFound("Delivery", id));
        if (!row.open()) {
            throw ApiProblem.conflict("Delivery " + id + " is " + row.state().toLowerCase() + " already");
        }
        return row;
    }

    private TransferView view(UUID id) {
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
