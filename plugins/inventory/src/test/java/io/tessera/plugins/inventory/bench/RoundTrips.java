package io.tessera.plugins.inventory.bench;

import static io.tessera.plugins.inventory.bench.InventoryBenchmark.INV;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.draft;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.expect;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.lines;

import io.tessera.plugins.inventory.bench.InventoryBenchmark.Tenant;
import io.tessera.testkit.StatementCounter;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL statements and round trips of one 50-line delivery (50 products), counted at the PostgreSQL driver: its
 * FINEST protocol log has one {@code Execute} per statement (a batch row counts one) and one {@code Sync} per round
 * trip. The whole HTTP request is counted, the kernel's own statements (tenant scope, permissions) included.
 */
final class RoundTrips {

    private RoundTrips() {
    }

    static List<String> delivery(Tenant t, int lineCount) {
        List<String> products = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            products.add(InventoryBenchmark.product(t.api(), t.slug().toUpperCase() + "-RT-" + i + "-" + System.nanoTime()));
        }
        String receipt = draft(t.api(), "receipts", lines(products, 0, lineCount, "100", true));
        expect(t.api().post(INV + "receipts/" + receipt + "/validate", ""), 200);
        List<String> out = new ArrayList<>();
        StatementCounter counter = StatementCounter.start();
        try {
            for (int run = 0; run < 4; run++) { // the last run is reported; earlier ones warm the caches
                String delivery = draft(t.api(), "deliveries", lines(products, 0, lineCount, "1", false));
                counter.reset();
                expect(t.api().post(INV + "deliveries/" + delivery + "/validate", ""), 200);
                int executes = counter.statements();
                int syncs = counter.roundTrips();
                String reserved = draft(t.api(), "deliveries", lines(products, 0, lineCount, "1", false));
                counter.reset();
                expect(t.api().post(INV + "deliveries/" + reserved + "/reserve", ""), 200);
                int reserveExecutes = counter.statements();
                int reserveSyncs = counter.roundTrips();
                counter.reset();
                expect(t.api().post(INV + "deliveries/" + reserved + "/validate", ""), 200);
                if (run == 3) {
                    out.add(String.format("%d-line delivery, %s: validate = %d statements in %d round trips (%.1f statements/move); "
                                    + "reserve = %d in %d; validate after reserve = %d in %d",
                            lineCount, t.accounting() ? "accounting" : "no accounting", executes, syncs,
                            executes / (double) lineCount, reserveExecutes, reserveSyncs, counter.statements(), counter.roundTrips()));
                }
            }
        } finally {
            counter.close();
        }
        out.add("  anchors: Odoo reserves 1,000 moves with 4,518 queries (4.5/move, odoo#116803); "
                + "ERPNext 4,016 queries for one stock entry submit (erpnext#39800)");
        return out;
    }
}
