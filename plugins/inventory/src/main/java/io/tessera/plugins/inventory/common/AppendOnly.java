package io.tessera.plugins.inventory.common;

import io.tessera.sdk.web.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The application's own guard of the append-only ledger, on every database: each statement that changes a stock move
 * or a valuation layer names the only rows it may change ({@code state <> 'DONE'} for moves; for layers, remaining
 * quantity and value moving towards zero), and this checks that every row of its batch changed exactly one row. On
 * PostgreSQL triggers refuse the same below the application (for every role); the embedded H2 has no such triggers,
 * so there this guard is what stops a done move or a layer from being rewritten.
 */
public final class AppendOnly {

    private AppendOnly() {
    }

    /**
     * Refuses a batch in which some row changed nothing (its record was done already, or the change would not have
     * moved towards zero), so the transaction rolls back.
     *
     * @param counts the batch's update counts
     * @param what   names the record of a batch row, e.g. {@code "move " + id}
     * @throws ApiProblem 409 naming the records that may not be changed
     */
    public static void requireEachChanged(int[] counts, IntFunction<String> what) {
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 1) {
                refused.add(what.apply(i));
            }
        }
        if (!refused.isEmpty()) {
            throw ApiProblem.conflict("The ledger is append-only: " + String.join(", ", refused)
                    + " may not be changed (done already or not towards zero); record a new move instead");
        }
    }
}
