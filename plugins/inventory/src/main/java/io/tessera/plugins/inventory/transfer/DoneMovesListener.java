package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.inventory.valuation.MoveToValue;
import java.util.List;
import java.util.UUID;

/**
 * Hears the moves of stocked products a validation has just done, in the validation's own transaction (the seam
 * to the valuation package, which writes valuation layers and posts the journal entry). An exception rolls the
 * validation back.
 */
interface DoneMovesListener {

    /**
     * Called once per validated document.
     *
     * @param doneMoves the moves just done
     * @param source    the kind of document, e.g. {@code inventory.receipt}
     * @param sourceId  the document
     */
    void movesDone(List<MoveToValue> doneMoves, String source, UUID sourceId);
}
