package io.tessera.plugins.inventory.transfer;

import java.time.LocalDate;
import java.util.UUID;

/** A transfer's header as stored. */
record TransferRow(UUID id, Kind kind, String state, UUID warehouseId, UUID partyId, UUID fromLocationId,
                   UUID toLocationId, UUID backorderOf, LocalDate date) {

    boolean open() {
        return state.equals("DRAFT") || state.equals("CONFIRMED") || state.equals("ASSIGNED");
    }
}
