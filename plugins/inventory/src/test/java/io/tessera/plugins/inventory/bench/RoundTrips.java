package io.tessera.plugins.inventory.bench;

import static io.tessera.plugins.inventory.bench.InventoryBenchmark.INV;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.draft;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.expect;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.lines;

import io.tessera.plugins.inventory.bench.InventoryBenchmark.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

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
        StatementCounter counter = StatementCounter.install();
        try {
            for (int run = 0; run < 4; run++) { // the last run is reported; earlier ones warm the caches
                String delivery = draft(t.api(), "deliveries", lines(products, 0, lineCount, "1", false));
                counter.reset();
                expect(t.api().post(INV + "deliveries/" + delivery + "/validate", ""), 200);
                int executes = counter.executes.get();
                int syncs = counter.syncs.get();
                String reserved = draft(t.api(), "deliveries", lines(products, 0, lineCount, "1", false));
                counter.reset();
                expect(t.api().post(INV + "deliveries/" + reserved + "/reserve", ""), 200);
                int reserveExecutes = counter.executes.get();
                int reserveSyncs = counter.syncs.get();
                counter.reset();
                expect(t.api().post(INV + "deliveries/" + reserved + "/validate", ""), 200);
                if (run == 3) {
                    out.add(String.format("%d-line delivery, %s: validate = %d statements in %d round trips (%.1f statements/move); "
                                    + "reserve = %d in %d; validate after reserve = %d in %d",
                            lineCount, t.accounting() ? "accounting" : "no accounting", executes, syncs,
                            executes / (double) lineCount, reserveExecutes, reserveSyncs, counter.executes.get(), counter.syncs.get()));
                }
            }
        } finally {
            counter.uninstall();
        }
        out.add("  anchors: Odoo reserves 1,000 moves with 4,518 queries (4.5/move, odoo#116803); "
                + "ERPNext 4,016 queries for one stock entry submit (erpnext#39800)");
        return out;
    }

    /** Counts what the PostgreSQL driver executes from its FINEST protocol log. */
    static final class StatementCounter extends Handler {

        private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        final AtomicInteger executes = new AtomicInteger();
        final AtomicInteger syncs = new AtomicInteger();
        private Level previous;

        static StatementCounter install() {
            StatementCounter counter = new StatementCounter();
            counter.previous = DRIVER.getLevel();
            DRIVER.setLevel(Level.FINEST);
            DRIVER.addHandler(counter);
            counter.setLevel(Level.FINEST);
            return counter;
        }

        void uninstall() {
            DRIVER.removeHandler(this);
            DRIVER.setLevel(previous);
        }

        void reset() {
            executes.set(0);
            syncs.set(0);
        }

        @Override
        public void publish(LogRecord record) {
            String message = record.getMessage();
            if (message == null) {
                return;
            }
            if (message.contains("FE=> Execute")) {
                executes.incrementAndGet();
            } else if (message.contains("FE=> Sync")) {
                syncs.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
