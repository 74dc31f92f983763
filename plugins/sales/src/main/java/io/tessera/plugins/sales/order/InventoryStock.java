package io.tessera.plugins.sales.order;

import io.tessera.plugins.inventory.api.DemandLine;
import io.tessera.plugins.inventory.api.DemandQuantity;
import io.tessera.plugins.inventory.api.Stock;
import io.tessera.sdk.ModuleServices;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The stock through inventory's published {@link Stock}, found with the SDK's typed lookup (empty where the tenant has
 * not enabled inventory). Registered by {@link OrderComponents} only where inventory's API is on the server; the only
 * class of this plugin that names it.
 */
class InventoryStock implements Stockkeeping {

    private static final String MODULE = "sales";

    private final ModuleServices modules;

    InventoryStock(ModuleServices modules) {
        this.modules = modules;
    }

    @Override
    public Optional<Desk> desk() {
        return modules.find(Stock.class).map(stock -> new Desk() {
            @Override
            public void unreserve(UUID orderId, int lineNo) {
                stock.unreserve(new DemandLine(MODULE, orderId, lineNo));
            }

            @Override
            public List<BigDecimal> reserve(UUID orderId, List<LineQuantity> lines) {
                return stock.reserve(quantities(orderId, lines), null);
            }

            @Override
            public UUID deliver(UUID orderId, List<LineQuantity> lines) {
                return stock.deliver(quantities(orderId, lines), null);
            }

            @Override
            public UUID takeBack(UUID orderId, LocalDate date, List<LineQuantity> lines) {
                return stock.returnDelivered(quantities(orderId, lines), date);
            }
        });
    }

    private static List<DemandQuantity> quantities(UUID orderId, List<LineQuantity> lines) {
        return lines.stream().map(r -> new DemandQuantity(new DemandLine(MODULE, orderId, r.lineNo()), r.productId(),
                r.quantity())).toList();
    }
}
