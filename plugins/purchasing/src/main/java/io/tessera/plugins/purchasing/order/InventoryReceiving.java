package io.tessera.plugins.purchasing.order;

import io.tessera.plugins.inventory.api.DemandLine;
import io.tessera.plugins.inventory.api.ExpectedReceipt;
import io.tessera.plugins.inventory.api.Stock;
import io.tessera.sdk.ModuleServices;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Receiving} through inventory's published {@link Stock}, where the tenant has inventory enabled. */
class InventoryReceiving implements Receiving {

    /** The module id purchase order lines carry as the origin of their stock moves. */
    static final String MODULE = "purchasing";

    private final ModuleServices services;

    InventoryReceiving(ModuleServices services) {
        this.services = services;
    }

    @Override
    public boolean enabled() {
        return services.find(Stock.class).isPresent();
    }

    @Override
    public UUID receive(UUID orderId, int lineNo, UUID productId, BigDecimal quantity, BigDecimal unitCost, String lot) {
        Stock stock = services.find(Stock.class).orElseThrow(() -> new IllegalStateException(
                "Inventory is not enabled for this tenant"));
        return stock.receive(new DemandLine(MODULE, orderId, lineNo), productId, quantity, unitCost, null, lot);
    }

    @Override
    public UUID expect(UUID orderId, List<OrderStore.LineRow> lines) {
        Optional<Stock> stock = services.find(Stock.class);
        List<OrderStore.LineRow> stocked = lines.stream().filter(OrderStore.LineRow::stocked).toList();
        if (stock.isEmpty() || stocked.isEmpty()) {
            return null;
        }
        return stock.get().expect(stocked.stream().map(l -> new ExpectedReceipt(new DemandLine(MODULE, orderId, l.lineNo()),
                l.productId(), l.toReceive(), l.unitCost(), l.expectedDate())).toList(), null);
    }

    @Override
    public void withdraw(UUID orderId, List<OrderStore.LineRow> lines) {
        services.find(Stock.class).ifPresent(stock -> stock.unexpect(lines.stream()
                .map(l -> new DemandLine(MODULE, orderId, l.lineNo())).toList()));
    }
}
