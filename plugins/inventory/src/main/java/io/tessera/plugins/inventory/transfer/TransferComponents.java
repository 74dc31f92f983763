package io.tessera.plugins.inventory.transfer;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class TransferComponents {

    private TransferComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(TransferStore.class, Drafts.class, Validator.class, DirectMoves.class, Transfers.class,
                TransfersController.class, StockService.class, ValuationListener.class, ExpectedReceipts.class);
    }
}
