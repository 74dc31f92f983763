package io.tessera.plugins.inventory.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What a manufacturing consumption or production did: the done transfer and the value it moved out of or into stock
 * (its valuation layers, in the tenant's base currency; zero for products whose moves are not valued).
 *
 * @param transferId the transfer (a done consumption or production)
 * @param value      the value of its moves, zero or more
 */
public record ProductionMove(UUID transferId, BigDecimal value) {
}
