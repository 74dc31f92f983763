package io.tessera.plugins.inventory.api;

import io.tessera.sdk.event.DomainEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Stock moved: published once per validated document (receipt, delivery, adjustment, return, scrap) after it
 * commits, with every move it made.
 *
 * @param transferId the document
 * @param kind       {@code receipt}, {@code delivery}, {@code internal}, {@code adjustment}, {@code return} or {@code scrap}
 * @param moves      the done moves
 */
public record StockMoved(UUID transferId, String kind, List<Move> moves) implements DomainEvent {

    /**
     * One done move.
     *
     * @param moveId         the move
     * @param productId      the product
     * @param quantity       the quantity in the base unit
     * @param fromLocationId where it came from
     * @param toLocationId   where it went
     * @param fromUsage      the usage of the source location
     * @param toUsage        the usage of the destination
     * @param lot            the lot or serial, or {@code null}
     * @param originModule   the module of the demand line, or {@code null}
     * @param originId       the document of the demand line, or {@code null}
     * @param originLine     the demand line, or {@code null}
     */
    public record Move(UUID moveId, UUID productId, BigDecimal quantity, UUID fromLocationId, UUID toLocationId,
                       LocationUsage fromUsage, LocationUsage toUsage, String lot, String originModule,
                       UUID originId, Integer originLine) {
    }
}
