package io.tessera.plugins.inventory.valuation;

import io.tessera.plugins.catalog.api.CategoryAccounts;
import io.tessera.plugins.catalog.api.CostMethod;
import io.tessera.plugins.catalog.api.ProductInfo;
import io.tessera.plugins.catalog.api.ProductType;
import io.tessera.plugins.inventory.api.LocationUsage;
import io.tessera.plugins.inventory.common.Catalog;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Values the moves a stock validation has just done, in the validation's transaction: writes a valuation layer for
 * every move of a storable product that crosses the company boundary (own stock ↔ supplier, customer, adjustment,
 * scrap, production), by the product category's costing method (FIFO, moving average, standard), and — when the
 * tenant has enabled accounting — posts exactly one balanced journal entry for the whole validation through
 * accounting's published API: receipt Dr stock / Cr goods received not billed; delivery Dr cost of goods sold / Cr
 * stock; adjustments and scrap against inventory adjustments; consumption by and production from manufacturing
 * against work in progress; a standard-cost receipt's variance to price differences (to production variances when
 * it came from production); negative stock settled by a receipt to cost of goods sold. Accounts are the category's, or the
 * chart's accounts for these roles where the category names none.
 *
 * <p>Returns are valued at the original move's cost. Nothing already written is revalued: a back-dated move is
 * valued with today's costs, and refused when dated on or before accounting's lock date. All or nothing: any refusal
 * rolls the validation back.
 */
public class Valuation {

    private static final int DEFAULT_DIGITS = 2;

    private final LayerStore store;
    private final Catalog catalog;
    private final ObjectProvider<GeneralLedger> ledger;

    Valuation(LayerStore store, Catalog catalog, ObjectProvider<GeneralLedger> ledger) {
        this.store = store;
        this.catalog = catalog;
        this.ledger = ledger;
    }

    /**
     * Values the done moves of one stock validation and posts its journal entry.
     *
     * @param doneMoves the moves just done (moves that do not cross the company boundary are ignored)
     * @param source    the kind of stock document, e.g. {@code inventory.receipt}
     * @param sourceId  the stock document
     * @throws ApiProblem 422 (field {@code date}) for a move dated on or before the lock date, 422 for a
     *                    standard-cost product without a standard cost, or the ledger's refusal
     */
    public void value(List<MoveToValue> doneMoves, String source, UUID sourceId) {
        List<MoveToValue> crossing = doneMoves.stream().filter(Valuation::crossesCompanyBoundary).toList();
        if (crossing.isEmpty()) {
            return;
        }
        GeneralLedger general = ledger.getIfAvailable();
        Optional<LedgerBooks> books = general == null ? Optional.empty() : general.books();
        LocalDate date = crossing.stream().map(MoveToValue::date).max(LocalDate::compareTo).orElseThrow();
        LocalDate earliest = crossing.stream().map(MoveToValue::date).min(LocalDate::compareTo).orElseThrow();
        Optional<LocalDate> lock = books.flatMap(LedgerBooks::lockDate);
        if (lock.isPresent() && !earliest.isAfter(lock.get())) {
            throw ApiProblem.invalid("date", "is on or before the accounting lock date " + lock.get()
                    + "; stock dated there cannot be valued, date the move after it");
        }
        Set<UUID> productIds = new LinkedHashSet<>();
        crossing.forEach(m -> productIds.add(m.productId()));
        Map<UUID, ProductInfo> products = catalog.products(productIds);
        List<MoveToValue> valued = crossing.stream()
                .filter(m -> products.containsKey(m.productId()) && products.get(m.productId()).type() == ProductType.STORABLE)
                .toList();
        if (valued.isEmpty()) {
            return;
        }
        Set<UUID> valuedProducts = new LinkedHashSet<>();
        valued.forEach(m -> valuedProducts.add(m.productId()));
        Set<UUID> returned = new LinkedHashSet<>();
        valued.stream().map(MoveToValue::returnOfMove).filter(java.util.Objects::nonNull).forEach(returned::add);
        Map<UUID, LayerStore.OriginalLayer> originals = store.originals(returned);
        Map<UUID, ProductState> states = store.lockStates(valuedProducts);
        Map<UUID, List<OpenLayer>> open = new HashMap<>(store.openLayers(valuedProducts));
        int digits = books.map(LedgerBooks::digits).orElse(DEFAULT_DIGITS);
        Run run = new Run(books.orElse(null), digits, date, states, open, originals);
        for (MoveToValue move : valued) {
            run.value(move, products.get(move.productId()));
        }
        UUID entryId = books.isPresent() && run.hasPostings()
                ? books.get().post(date, "Stock valuation: " + source, sourceId, run.postingLines())
                : null;
        store.write(run.layers, run.takes, run.states, entryId, source, sourceId);
    }

    /** Whether a move crosses the company boundary: exactly one of its sides holds the company's own stock. */
    static boolean crossesCompanyBoundary(MoveToValue move) {
        return move.fromUsage().ownStock() != move.toUsage().ownStock();
    }

    /** The counterpart account of a move's value, by the usage on the other side of the boundary. */
    static StockAccount counterpart(LocationUsage other) {
        return switch (other) {
            case SUPPLIER -> StockAccount.STOCK_RECEIVED_NOT_BILLED;
            case CUSTOMER -> StockAccount.COST_OF_GOODS_SOLD;
            case PRODUCTION -> StockAccount.WORK_IN_PROGRESS;
            default -> StockAccount.INVENTORY_ADJUSTMENT;
        };
    }

    /** One valuation: the products' states and open layers as it goes, the layers and posting lines it makes. */
    private static final class Run {

        private final LedgerBooks books;
        private final int digits;
        private final LocalDate date;
        private final Map<UUID, ProductState> states;
        private final Map<UUID, List<OpenLayer>> open;
        private final Map<UUID, LayerStore.OriginalLayer> originals;
        private final List<Layer> layers = new ArrayList<>();
        private final List<Take> takes = new ArrayList<>();
        private final Set<UUID> newLayers = new java.util.HashSet<>();
        private final Map<String, BigDecimal> net = new LinkedHashMap<>();

        Run(LedgerBooks books, int digits, LocalDate date, Map<UUID, ProductState> states, Map<UUID, List<OpenLayer>> open,
            Map<UUID, LayerStore.OriginalLayer> originals) {
            this.books = books;
            this.digits = digits;
            this.date = date;
            this.states = states;
            this.open = open;
            this.originals = originals;
        }

        void value(MoveToValue move, ProductInfo product) {
            CostMethod method = product.costMethod() == null ? CostMethod.AVERAGE : product.costMethod();
            if (method == CostMethod.STANDARD && product.standardCost() == null) {
                throw ApiProblem.invalid("standardCost", "product " + product.sku() + " is valued at standard cost but has "
                        + "none; set the standard cost in the catalog");
            }
            if (move.toUsage().ownStock()) {
                receive(move, product, method);
            } else {
                issue(move, product, method);
            }
        }

        private void receive(MoveToValue move, ProductInfo product, CostMethod method) {
            UUID productId = move.productId();
            ProductState before = states.getOrDefault(productId, ProductState.EMPTY);
            List<OpenLayer> layersOpen = open.computeIfAbsent(productId, k -> new ArrayList<>());
            BigDecimal qty = move.quantity();
            BigDecimal unitCost = incomingCost(move, product, before);
            BigDecimal actual = CostMath.value(qty, unitCost, digits);
            Receipt receipt = switch (method) {
                case FIFO -> Fifo.receive(layersOpen, qty, actual, digits);
                case AVERAGE -> MovingAverage.receive(before, qty, actual, digits);
                case STANDARD -> StandardCost.receive(before, qty, actual, product.standardCost(), digits);
            };
            ProductState after;
            BigDecimal layerCost;
            if (method == CostMethod.STANDARD) {
                layerCost = product.standardCost();
                after = before.in(qty, receipt, product.standardCost());
            } else if (method == CostMethod.AVERAGE) {
                layerCost = unitCost;
                ProductState in = before.in(qty, receipt, unitCost);
                after = new ProductState(in.quantity(), in.value(), MovingAverage.lastCost(before, in, unitCost));
            } else {
                layerCost = unitCost;
                after = before.in(qty, receipt, unitCost);
            }
            states.put(productId, after);
            take(layersOpen, receipt.settled());
            String inventory = account(product.accounts(), StockAccount.INVENTORY);
            UUID layerId = Ids.newId();
            boolean fifo = method == CostMethod.FIFO;
            layers.add(new Layer(layerId, move.moveId(), productId, date, "IN", method.name(), move.fromUsage().name(), qty,
                    layerCost, receipt.value(), fifo ? receipt.remainingQty() : null, fifo ? receipt.remainingValue() : null,
                    receipt.variance(), inventory));
            if (fifo && receipt.remainingQty().signum() > 0) {
                layersOpen.add(new OpenLayer(layerId, receipt.remainingQty(), receipt.remainingValue()));
                newLayers.add(layerId);
            }
            // Dr stock (value) / Cr counterpart (actual cost) / variance to price (or production) differences
            book(inventory, receipt.value());
            book(account(product.accounts(), counterpart(move.fromUsage())), actual.negate());
            if (receipt.variance().signum() != 0) {
                book(account(product.accounts(), move.fromUsage() == LocationUsage.PRODUCTION
                        ? StockAccount.PRODUCTION_VARIANCE : StockAccount.PRICE_DIFFERENCE), receipt.variance());
            }
            if (receipt.correction().signum() != 0) {
                layers.add(new Layer(Ids.newId(), move.moveId(), productId, date, "SETTLEMENT", method.name(),
                        move.fromUsage().name(), BigDecimal.ZERO, unitCost, receipt.correction().negate(), null, null,
                        BigDecimal.ZERO, inventory));
                book(account(product.accounts(), StockAccount.COST_OF_GOODS_SOLD), receipt.correction());
                book(inventory, receipt.correction().negate());
            }
        }

        private void issue(MoveToValue move, ProductInfo product, CostMethod method) {
            UUID productId = move.productId();
            ProductState before = states.getOrDefault(productId, ProductState.EMPTY);
            List<OpenLayer> layersOpen = open.computeIfAbsent(productId, k -> new ArrayList<>());
            BigDecimal qty = move.quantity();
            LayerStore.OriginalLayer original = move.returnOfMove() == null ? null : originals.get(move.returnOfMove());
            Issue issue = switch (method) {
                case FIFO -> Fifo.issue(original == null ? layersOpen : originalFirst(layersOpen, original.layerId()), qty,
                        before.lastUnitCost(), digits);
                case AVERAGE -> original != null && qty.compareTo(before.quantity()) < 0
                        ? atCost(qty, original.unitCost())
                        : MovingAverage.issue(before, qty, digits);
                case STANDARD -> StandardCost.issue(before, qty, product.standardCost(), digits);
            };
            states.put(productId, before.out(qty, issue));
            take(layersOpen, issue.takes());
            String inventory = account(product.accounts(), StockAccount.INVENTORY);
            UUID layerId = Ids.newId();
            boolean owed = method == CostMethod.FIFO && issue.shortQty().signum() > 0;
            layers.add(new Layer(layerId, move.moveId(), productId, date, "OUT", method.name(), move.toUsage().name(),
                    qty.negate(), CostMath.unitCost(issue.value(), qty), issue.value().negate(),
                    owed ? issue.shortQty().negate() : null, owed ? issue.shortValue().negate() : null, BigDecimal.ZERO,
                    inventory));
            if (owed) {
                layersOpen.add(new OpenLayer(layerId, issue.shortQty().negate(), issue.shortValue().negate()));
                newLayers.add(layerId);
            }
            book(account(product.accounts(), counterpart(move.toUsage())), issue.value());
            book(inventory, issue.value().negate());
        }

        /** A return to the supplier takes from the layer of the receipt it returns first, while it is open. */
        private static List<OpenLayer> originalFirst(List<OpenLayer> layersOpen, UUID originalLayer) {
            List<OpenLayer> ordered = new ArrayList<>(layersOpen.size());
            layersOpen.stream().filter(l -> l.id().equals(originalLayer)).forEach(ordered::add);
            layersOpen.stream().filter(l -> !l.id().equals(originalLayer)).forEach(ordered::add);
            return ordered;
        }

        private Issue atCost(BigDecimal qty, BigDecimal unitCost) {
            return new Issue(CostMath.value(qty, unitCost, digits), List.of(), BigDecimal.ZERO,
                    BigDecimal.ZERO.setScale(digits));
        }

        /** The unit cost of incoming stock: a return's original cost, the cost entered, else the last known cost. */
        private BigDecimal incomingCost(MoveToValue move, ProductInfo product, ProductState before) {
            if (move.returnOfMove() != null && originals.containsKey(move.returnOfMove())) {
                return originals.get(move.returnOfMove()).unitCost();
            }
            if (move.unitCost() != null) {
                return move.unitCost();
            }
            if (before.lastUnitCost().signum() > 0) {
                return before.lastUnitCost();
            }
            return product.standardCost() == null ? BigDecimal.ZERO : product.standardCost();
        }

        /** Applies consumption to the open layers kept in memory (later moves of the same run see it). */
        private void take(List<OpenLayer> layersOpen, List<Take> taken) {
            for (Take t : taken) {
                for (int i = 0; i < layersOpen.size(); i++) {
                    OpenLayer l = layersOpen.get(i);
                    if (l.id().equals(t.layerId())) {
                        layersOpen.set(i, new OpenLayer(l.id(), l.remainingQty().subtract(t.quantity()),
                                l.remainingValue().subtract(t.value())));
                    }
                }
                takes.add(t);
            }
            layersOpen.removeIf(l -> l.remainingQty().signum() == 0);
        }

        private String account(CategoryAccounts accounts, StockAccount role) {
            if (books == null) {
                return null;
            }
            CategoryAccounts a = accounts == null ? CategoryAccounts.DEFAULTS : accounts;
            String explicit = switch (role) {
                case INVENTORY -> a.inventory();
                case COST_OF_GOODS_SOLD -> a.costOfGoodsSold();
                case STOCK_RECEIVED_NOT_BILLED -> a.stockReceivedNotBilled();
                default -> null;
            };
            return books.code(explicit, role);
        }

        /** Adds a signed amount (debit positive) to an account's net for the entry. */
        private void book(String account, BigDecimal amount) {
            if (account != null && amount.signum() != 0) {
                net.merge(account, amount, BigDecimal::add);
            }
        }

        boolean hasPostings() {
            return net.values().stream().anyMatch(v -> v.signum() != 0);
        }

        List<LedgerLine> postingLines() {
            List<LedgerLine> lines = new ArrayList<>();
            net.forEach((code, amount) -> {
                if (amount.signum() > 0) {
                    lines.add(new LedgerLine(code, amount, BigDecimal.ZERO));
                } else if (amount.signum() < 0) {
                    lines.add(new LedgerLine(code, BigDecimal.ZERO, amount.negate()));
                }
            });
            return lines;
        }
    }
}
