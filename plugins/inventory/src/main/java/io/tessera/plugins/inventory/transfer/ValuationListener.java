package io.tessera.plugins.inventory.transfer;

import io.tessera.plugins.inventory.valuation.MoveToValue;
import io.tessera.plugins.inventory.valuation.Valuation;
import java.util.List;
import java.util.UUID;

/** Hands every validation's done moves to the valuation, in the validation's transaction. */
class ValuationListener implements DoneMovesListener {

    private final Valuation valuation;

    ValuationListener(Valuation valuation) {
        this.valuation = valuation;
    }

    @Override
    public void movesDone(List<MoveToValue> doneMoves, String source, UUID sourceId) {
        valuation.value(doneMoves, source, sourceId);
    }
}
