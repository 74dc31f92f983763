package io.tessera.plugins.inventory.bench;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time (it only checks that the work it times
 * succeeded). Run on purpose with {@code mvn -DskipTests install && mvn -pl plugins/inventory -Pbench verify};
 * {@code -Dbench.moves=1000000,3000000,10000000} sets the sizes of the availability part, {@code -Dbench.parts=1,2,3,4}
 * which parts run.
 *
 * <ol>
 *   <li>Validation throughput of 10-line receipts and deliveries through the API (drafts created beforehand, only
 *   the validations timed, 4 client threads) versus plain JDBC inserting the same rows (transfer, moves, balance
 *   upserts, valuation layers and, with accounting, the journal entry and its lines; one transaction per document,
 *   the same 4 threads, the application role with the tenant set), for a tenant without and one with accounting.</li>
 *   <li>Availability ({@code GET /stock?productId=}) p50/p99 as the moves table grows to 10M rows across 1,000
 *   tenants, bulk-loaded by the database owner with {@code insert … select generate_series} (see
 *   {@link AvailabilityAtScale}); queried over HTTP as the application role under row-level security.</li>
 *   <li>100-way contention: 100 one-unit deliveries (then reservations) of one product validated at once, against
 *   the same 100 spread over 100 products; throughput, refusals and transaction retries.</li>
 *   <li>SQL statements and round trips to validate a 50-line delivery, counted at the PostgreSQL driver.</li>
 * </ol>
 */
class InventoryBenchmark {

    static final String PASSWORD = "Inventory-Bench-Password-1";
    static final String INV = "/api/v1/inventory/";
    private static final int THREADS = 4;

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .property("logging.level.root", "WARN")
            .property("logging.level.io.tessera.kernel.tenancy.TransactionsService", "INFO")
            .property("tessera.events.poll-interval", "1h")
            .build();

    @Test
    void run() throws Exception {
        System.out.println("\n=== inventory benchmark (" + Runtime.getRuntime().availableProcessors() + " cores) ===");
        String parts = System.getProperty("bench.parts", "1,2,3,4");
        Tenant plain = tenant("bench-plain", false);
        Tenant books = tenant("bench-books", true);

        if (parts.contains("1")) {
            throughput(plain, 60); // warm-up
            throughput(books, 60);
            System.out.println("\n--- 1. validation throughput, 10-line documents, " + THREADS + " client threads ---");
            for (Tenant t : List.of(plain, books)) {
                throughput(t, 400).forEach(System.out::println);
            }
        }
        if (parts.contains("4")) {
            System.out.println("\n--- 4. SQL per 50-line delivery (PostgreSQL driver log) ---");
            for (Tenant t : List.of(plain, books)) {
                RoundTrips.delivery(t, 50).forEach(System.out::println);
            }
        }
        if (parts.contains("3")) {
            System.out.println("\n--- 3. 100-way contention ---");
            Contention.run(plain).forEach(System.out::println);
        }
        if (parts.contains("2")) {
            System.out.println("\n--- 2. availability at scale ---");
            String sizes = System.getProperty("bench.moves", "1000000,3000000,10000000");
            AvailabilityAtScale.run(Arrays.stream(sizes.split(",")).map(String::trim).mapToLong(Long::parseLong).toArray());
        }
    }

    /** A provisioned tenant with inventory (and optionally accounting) enabled and 20 products. */
    record Tenant(String slug, UUID id, ApiClient api, boolean accounting, List<String> products) {
    }

    static Tenant tenant(String slug, boolean accounting) {
        ApiClient api = kernel.provisionTenant(slug, PASSWORD);
        expect(api.put("/api/v1/admin/modules/inventory", ""), 200);
        if (accounting) {
            expect(api.put("/api/v1/admin/modules/accounting", ""), 200);
        }
        UUID id = UUID.fromString(kernel.queryAsSuperuser("select id from tenants where slug = ?", slug));
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            products.add(product(api, slug.toUpperCase() + "-" + i));
        }
        return new Tenant(slug, id, api, accounting, products);
    }

    static String product(ApiClient api, String sku) {
        return expect(api.post("/api/v1/catalog/products", """
                {"sku":"%s","name":"%s","type":"storable","uom":"unit","salesPrice":"10.00","currency":"EUR",
                 "costMethod":"fifo","tracking":"none"}""".formatted(sku, sku)), 201).json().get("id").asString();
    }

    static String lines(List<String> products, int from, int count, String quantity, boolean cost) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(i == 0 ? "" : ",").append("{\"productId\":\"").append(products.get((from + i) % products.size()))
                    .append("\",\"quantity\":\"").append(quantity).append(cost ? "\",\"unitCost\":\"2.50\"}" : "\"}");
        }
        return b.toString();
    }

    static String draft(ApiClient api, String kind, String lines) {
        return expect(api.post(INV + kind, "{\"lines\":[" + lines + "]}"), 201).json().get("id").asString();
    }

    /** Figures for receipts then deliveries of 10 lines: API validation vs plain JDBC inserts of the same rows. */
    private static List<String> throughput(Tenant t, int documents) throws Exception {
        List<String> out = new ArrayList<>();
        for (String kind : List.of("receipts", "deliveries")) {
            List<String> drafts = new ArrayList<>();
            for (int d = 0; d < documents; d++) {
                drafts.add(draft(t.api(), kind, lines(t.products(), d, 10, kind.equals("receipts") ? "10" : "1",
                        kind.equals("receipts"))));
            }
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            parallel(THREADS, () -> {
                int i;
                while ((i = next.getAndIncrement()) < drafts.size()) {
                    expect(t.api().post(INV + kind + "/" + drafts.get(i) + "/validate", ""), 200);
                }
            });
            double api = documents / seconds(start);
            double jdbc = PlainJdbc.documents(kernel.bean(DataSource.class), t, kind.equals("receipts"), documents, THREADS);
            out.add(String.format("%-10s %-12s API %7.1f validations/s (%7.1f moves/s) | plain JDBC %7.1f documents/s | API/JDBC %.2f",
                    kind, t.accounting() ? "accounting" : "no accounting", api, api * 10, jdbc, api / jdbc));
        }
        return out;
    }

    /** Inserting the rows a validation writes, with plain JDBC as the application role, one transaction each. */
    static final class PlainJdbc {

        static double documents(DataSource dataSource, Tenant t, boolean receipt, int documents, int threads) throws Exception {
            UUID stock = UUID.fromString(kernel.queryAsSuperuser(
                    "select stock_location_id from inv_warehouses where tenant_id = ? and code = 'WH'", t.id()));
            UUID warehouse = UUID.fromString(kernel.queryAsSuperuser(
                    "select id from inv_warehouses where tenant_id = ? and code = 'WH'", t.id()));
            UUID outside = UUID.fromString(kernel.queryAsSuperuser("select id from inv_locations where tenant_id = ? and usage = ?",
                    t.id(), receipt ? "SUPPLIER" : "CUSTOMER"));
            UUID[] accounts = t.accounting() ? new UUID[] {
                    UUID.fromString(kernel.queryAsSuperuser("select id from acc_accounts where tenant_id = ? and code = '1200'", t.id())),
                    UUID.fromString(kernel.queryAsSuperuser("select id from acc_accounts where tenant_id = ? and code = ?", t.id(),
                            receipt ? "3150" : "5010"))} : null;
            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            parallel(threads, () -> {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    while (next.getAndIncrement() < documents) {
                        one(c, t, receipt, warehouse, stock, outside, accounts);
                        c.commit();
                    }
                }
            });
            return documents / seconds(start);
        }

        private static void one(Connection c, Tenant t, boolean receipt, UUID warehouse, UUID stock, UUID outside,
                                UUID[] accounts) throws SQLException {
            UUID transfer = UUID.randomUUID();
            UUID entry = accounts == null ? null : UUID.randomUUID();
            Timestamp now = Timestamp.from(Instant.now());
            Date today = new Date(System.currentTimeMillis());
            UUID from = receipt ? outside : stock;
            UUID to = receipt ? stock : outside;
            BigDecimal quantity = receipt ? BigDecimal.TEN : BigDecimal.ONE;
            try (PreparedStatement set = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
                 PreparedStatement tr = c.prepareStatement("insert into inv_transfers (tenant_id, id, kind, state, warehouse_id, "
                         + "from_location_id, to_location_id, transfer_date, created_at, done_at) values (?, ?, ?, 'DONE', ?, ?, ?, ?, ?, ?)");
                 PreparedStatement mv = c.prepareStatement("insert into inv_moves (tenant_id, id, transfer_id, line_no, product_id, "
                         + "quantity, entered_quantity, entered_uom, from_location_id, to_location_id, state, move_date, unit_cost, "
                         + "created_at, done_at) values (?, ?, ?, ?, ?, ?, ?, 'unit', ?, ?, 'DONE', ?, ?, ?, ?)");
                 // the application's own statements: an upsert adding to the row for stock coming in, an increment for stock going out
                 PreparedStatement bal = c.prepareStatement(receipt ? "insert into inv_balances (tenant_id, product_id, location_id, "
                         + "lot_id, on_hand, reserved, may_go_negative) values (?, ?, ?, '00000000-0000-0000-0000-000000000000', ?, 0, false) "
                         + "on conflict (tenant_id, product_id, location_id, lot_id) do update set on_hand = inv_balances.on_hand + excluded.on_hand"
                         : "update inv_balances set on_hand = on_hand + ? where tenant_id = ? and product_id = ? and location_id = ? "
                         + "and lot_id = '00000000-0000-0000-0000-000000000000'");
                 PreparedStatement layer = c.prepareStatement("insert into inv_valuation_layers (tenant_id, id, move_id, product_id, "
                         + "layer_date, created_at, kind, cost_method, counterpart, quantity, unit_cost, amount, remaining_qty, "
                         + "remaining_value, inventory_account, entry_id, source, source_id) "
                         + "values (?, ?, ?, ?, ?, ?, ?, 'FIFO', ?, ?, 2.5, ?, ?, ?, '1200', ?, ?, ?)")) {
                set.setString(1, t.id().toString());
                set.execute();
                tr.setObject(1, t.id());
                tr.setObject(2, transfer);
                tr.setString(3, receipt ? "RECEIPT" : "DELIVERY");
                tr.setObject(4, warehouse);
                tr.setObject(5, from);
                tr.setObject(6, to);
                tr.setDate(7, today);
                tr.setTimestamp(8, now);
                tr.setTimestamp(9, now);
                tr.executeUpdate();
                // products in uuid order, as the service locks them
                List<UUID> products = t.products().subList(0, 10).stream().map(UUID::fromString).sorted().toList();
                for (int i = 0; i < 10; i++) {
                    UUID move = UUID.randomUUID();
                    mv.setObject(1, t.id());
                    mv.setObject(2, move);
                    mv.setObject(3, transfer);
                    mv.setInt(4, i + 1);
                    mv.setObject(5, products.get(i));
                    mv.setBigDecimal(6, quantity);
                    mv.setBigDecimal(7, quantity);
                    mv.setObject(8, from);
                    mv.setObject(9, to);
                    mv.setDate(10, today);
                    mv.setBigDecimal(11, receipt ? new BigDecimal("2.5") : null);
                    mv.setTimestamp(12, now);
                    mv.setTimestamp(13, now);
                    mv.addBatch();
                    int at = receipt ? 1 : 2;
                    bal.setObject(at, t.id());
                    bal.setObject(at + 1, products.get(i));
                    bal.setObject(at + 2, stock);
                    bal.setBigDecimal(receipt ? 4 : 1, receipt ? quantity : quantity.negate());
                    bal.addBatch();
                    BigDecimal signed = receipt ? quantity : quantity.negate();
                    layer.setObject(1, t.id());
                    layer.setObject(2, UUID.randomUUID());
                    layer.setObject(3, move);
                    layer.setObject(4, products.get(i));
                    layer.setDate(5, today);
                    layer.setTimestamp(6, now);
                    layer.setString(7, receipt ? "IN" : "OUT");
                    layer.setString(8, receipt ? "SUPPLIER" : "CUSTOMER");
                    layer.setBigDecimal(9, signed);
                    layer.setBigDecimal(10, signed.multiply(new BigDecimal("2.5")));
                    layer.setBigDecimal(11, receipt ? quantity : null);
                    layer.setBigDecimal(12, receipt ? quantity.multiply(new BigDecimal("2.5")) : null);
                    layer.setObject(13, entry);
                    layer.setString(14, receipt ? "inventory.receipt" : "inventory.delivery");
                    layer.setObject(15, transfer);
                    layer.addBatch();
                }
                mv.executeBatch();
                bal.executeBatch();
                if (entry != null) {
                    journalEntry(c, t.id(), entry, transfer, today, now, accounts, receipt);
                }
                layer.executeBatch();
            }
        }

        private static void journalEntry(Connection c, UUID tenant, UUID entry, UUID transfer, Date day, Timestamp now,
                                         UUID[] accounts, boolean receipt) throws SQLException {
            try (PreparedStatement e = c.prepareStatement("insert into acc_entries (tenant_id, id, entry_date, description, "
                    + "posted_at, source, source_id) values (?, ?, ?, 'bench', ?, 'inventory', ?)");
                 PreparedStatement l = c.prepareStatement("insert into acc_lines (tenant_id, id, entry_id, line_no, entry_date, "
                         + "account_id, currency, debit, credit, base_debit, base_credit, rate) values (?, ?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, 1)")) {
                e.setObject(1, tenant);
                e.setObject(2, entry);
                e.setDate(3, day);
                e.setTimestamp(4, now);
                e.setObject(5, transfer);
                e.executeUpdate();
                BigDecimal amount = new BigDecimal(receipt ? "250.00" : "25.00");
                for (int i = 0; i < 2; i++) {
                    boolean debit = (i == 0) == receipt; // receipt: Dr inventory / Cr GRNI; delivery: Dr COGS / Cr inventory
                    l.setObject(1, tenant);
                    l.setObject(2, UUID.randomUUID());
                    l.setObject(3, entry);
                    l.setInt(4, i + 1);
                    l.setDate(5, day);
                    l.setObject(6, accounts[i]);
                    l.setBigDecimal(7, debit ? amount : BigDecimal.ZERO);
                    l.setBigDecimal(8, debit ? BigDecimal.ZERO : amount);
                    l.setBigDecimal(9, debit ? amount : BigDecimal.ZERO);
                    l.setBigDecimal(10, debit ? BigDecimal.ZERO : amount);
                    l.addBatch();
                }
                l.executeBatch();
            }
        }
    }

    interface Work {
        void run() throws Exception;
    }

    static void parallel(int threads, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    work.run();
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static ApiResponse expect(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response);
        }
        return response;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    static List<Double> sorted(List<Double> values) {
        List<Double> copy = new ArrayList<>(values);
        Collections.sort(copy);
        return copy;
    }

    static Random random() {
        return new Random(42);
    }

    static void superuser(String... statements) throws SQLException {
        try (Connection c = kernel.adminConnection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
