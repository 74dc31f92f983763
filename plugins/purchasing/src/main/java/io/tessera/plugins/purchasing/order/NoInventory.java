package io.tessera.plugins.purchasing.order;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** {@link Receiving} on a server without the inventory plugin: received quantities are only recorded. */
class NoInventory implements Receiving {

    @Override
    public boolean enabled() {
        return false;
    }

    @Override
    public UUID receive(UUID orderId, int lineNo, UUID productId, BigDecimal quantity, BigDecimal unitCost, String lot) {
        throw new IllegalStateException("The inventory plugin is not installed on this server");
    }

    @Override
    public UUID expect(UUID orderId, List<OrderStore.LineRow> lines) {
        return null; // no inventory on this server: nothing can expect the goods
    }

    @Override
    public void withdraw(UUID orderId, List<OrderStore.LineRow> lines) {
        // no inventory on this server: nothing was expected
    }
}
