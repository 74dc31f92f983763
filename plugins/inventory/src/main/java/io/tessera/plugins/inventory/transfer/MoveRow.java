package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.inventory.api.DemandLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.UUID;

/** A stock move as stored. */
record MoveRow(UUID id, UUID transferId, int lineNo, UUID productId, BigDecimal quantity, BigDecimal enteredQuantity,
               String enteredUom, UUID fromLocationId, UUID toLocationId, UUID lotId, String lotName, LocalDate lotExpiry,
               String state, String originModule, UUID originId, Integer originLine, LocalDate date,
               BigDecimal unitCost, UUID returnOf) {

    /** The demand line its reservations are kept under: its origin's, else its own line of its transfer. */
    DemandLine demand() {
        return originModule != null ? new DemandLine(originModule, originId, originLine)
                : new DemandLine("inventory", transferId, lineNo);
    }

    /** The entered quantity that corresponds to a part of the base quantity (exact when it is all of it). */
    BigDecimal enteredFor(BigDecimal part) {
        if (part.compareTo(quantity) == 0) {
            return enteredQuantity;
        }
        return enteredQuantity.multiply(part).divide(quantity, 6, RoundingMode.HALF_UP);
    }

    MoveRow withLot(UUID lot) {
        return new MoveRow(id, transferId, lineNo, productId, quantity, enteredQuantity, enteredUom, fromLocationId,
                toLocationId, lot, lotName, lotExpiry, state, originModule, originId, originLine, date, unitCost, returnOf);
    }

    /** This move done: a part of its quantity, from a location and lot. */
    MoveRow done(UUID newId, BigDecimal part, UUID from, UUID lot) {
        return new MoveRow(newId, transferId, lineNo, productId, part, enteredFor(part), enteredUom, from, toLocationId,
                lot, lotName, lotExpiry, "DONE", originModule, originId, originLine, date, unitCost, returnOf);
    }

    /** This open move cancelled (what remains of it when no backorder is wanted). */
    MoveRow cancelled() {
        return new MoveRow(id, transferId, lineNo, productId, quantity, enteredQuantity, enteredUom, fromLocationId,
                toLocationId, lotId, lotName, lotExpiry, "CANCELLED", originModule, originId, originLine, date, unitCost,
                returnOf);
    }

    /** What remains of this move for a backorder. */
    MoveRow remainder(UUID newId, UUID backorder, BigDecimal part) {
        return new MoveRow(newId, backorder, lineNo, productId, quantity.subtract(part),
                enteredQuantity.subtract(enteredFor(part)), enteredUom, fromLocationId, toLocationId, lotId, lotName,
                lotExpiry, "DRAFT", originModule, originId, originLine, date, unitCost, returnOf);
    }
}
