package io.tessera.plugins.sales.bench;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.StatementCounter;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Run on purpose with
 * {@code mvn -DskipTests install && mvn -pl plugins/sales -Pbench verify} (catalog, accounting and inventory built).
 *
 * <ol>
 *   <li>SQL statements and round trips (counted at the PostgreSQL driver) of a 50-line order: confirm, deliver,
 *   invoice (with confirmation), pay — each a whole HTTP request, the kernel's own statements included.</li>
 *   <li>Confirmation throughput of one-unit orders of ONE storable product (every confirmation reserves the same
 *   balance row) against the same number of one-unit orders of a service (no stock), 8 client threads, same run.</li>
 *   <li>The time to confirm a 1,000-line order (100 storable products, every line reserved), and its statements.</li>
 * </ol>
 */
class SalesBenchmark {

    private static final String PASSWORD = "correct-horse-battery";
    private static final int THREADS = 8;

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder().builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .plugin(Path.of("../accounting/target/accounting.jar"))
            .plugin(Path.of("../inventory/target/inventory.jar"))
            .property("logging.level.root", "WARN")
            .build();

    @Test
    void run() throws Exception {
        ApiClient api = kernel.provisionTenant("sbench", PASSWORD);
        expect(api.put("/api/v1/admin/modules/sales", ""), 200);
        expect(api.put("/api/v1/admin/modules/inventory", ""), 200);
        String customer = id(expect(api.post("/api/v1/parties", "{\"kind\":\"company\",\"name\":\"Bench customer\"}"), 201));
        List<String> products = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String p = product(api, "B" + i, "storable");
            stockUp(api, p, "10000");
            products.add(p);
        }
        System.out.println("\n=== sales benchmark (" + Runtime.getRuntime().availableProcessors() + " cores, " + THREADS
                + " client threads) ===");
        fiftyLineOrder(api, customer, products);
        contention(api, customer, products.getFirst());
        thousandLines(api, customer, products);
    }

    private static void fiftyLineOrder(ApiClient api, String customer, List<String> products) {
        StatementCounter counter = StatementCounter.start();
        try {
            for (int run = 0; run < 3; run++) { // the last run is reported; earlier ones warm the caches
                String quotation = quotation(api, customer, products.subList(0, 50), 1);
                counter.reset();
                String order = expect(api.post("/api/v1/sales/quotations/" + quotation + "/confirm", ""), 200).json()
                        .get("orderId").asString();
                String confirm = figures(counter);
                counter.reset();
                expect(api.post("/api/v1/sales/orders/" + order + "/deliver", ""), 200);
                String deliver = figures(counter);
                counter.reset();
                ApiResponse invoiced = expect(api.post("/api/v1/sales/orders/" + order + "/invoice", "{\"confirm\":true}"), 200);
                String invoice = figures(counter);
                String invoiceId = invoiced.json().get("invoiceId").asString();
                String total = expect(api.get("/api/v1/accounting/invoices/" + invoiceId), 200).json().get("total").asString();
                counter.reset();
                expect(api.post("/api/v1/accounting/payments", """
                        {"partyId":"%s","date":"2026-12-01","amount":"%s","allocations":[{"invoiceId":"%s","amount":"%s"}]}"""
                        .formatted(customer, total, invoiceId, total)), 201);
                String pay = figures(counter);
                if (run == 2) {
                    System.out.printf("50-line order (statements executed / round trips, whole request): confirm %s | deliver %s "
                            + "| invoice+post %s | pay %s%n", confirm, deliver, invoice, pay);
                }
            }
        } finally {
            counter.close();
        }
    }

    private static void contention(ApiClient api, String customer, String storable) throws Exception {
        String service = product(api, "BSERVICE", "service");
        int orders = 400;
        List<String> hot = new ArrayList<>();
        List<String> free = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            hot.add(quotation(api, customer, List.of(storable), 1));
            free.add(quotation(api, customer, List.of(service), 1));
        }
        confirmAll(api, free.subList(0, 40)); // warm-up
        double serviceRate = confirmAll(api, free.subList(40, orders)) ;
        double hotRate = confirmAll(api, hot.subList(40, orders));
        System.out.printf("confirmations of one-unit orders, %d threads: one storable product (same balance row) %.1f/s | "
                + "a service (no stock) %.1f/s | ratio %.2f%n", THREADS, hotRate, serviceRate, hotRate / serviceRate);
    }

    private static void thousandLines(ApiClient api, String customer, List<String> products) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.add(products.get(i % products.size()));
        }
        StatementCounter counter = StatementCounter.start();
        try {
            for (int run = 0; run < 2; run++) {
                String quotation = quotation(api, customer, lines, 1);
                counter.reset();
                long start = System.nanoTime();
                expect(api.post("/api/v1/sales/quotations/" + quotation + "/confirm", ""), 200);
                double ms = (System.nanoTime() - start) / 1e6;
                System.out.printf("1,000-line order (100 storable products, each line reserved), run %d: confirmed in %.0f ms, "
                        + "%s statements / round trips (Odoo's published figure for 1,000 lines: ~16 s, odoo#149972)%n",
                        run + 1, ms, figures(counter));
            }
        } finally {
            counter.close();
        }
    }

    private static double confirmAll(ApiClient api, List<String> quotations) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            List<Future<ApiResponse>> futures = new ArrayList<>();
            for (String q : quotations) {
                futures.add(pool.submit(() -> api.post("/api/v1/sales/quotations/" + q + "/confirm", "")));
            }
            for (Future<ApiResponse> f : futures) {
                expect(f.get(), 200);
            }
        } finally {
            pool.shutdown();
        }
        return quotations.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static String quotation(ApiClient api, String customer, List<String> products, int quantity) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < products.size(); i++) {
            lines.append(i == 0 ? "" : ",").append("{\"productId\":\"").append(products.get(i)).append("\",\"quantity\":\"")
                    .append(quantity).append("\",\"taxRate\":\"20\"}");
        }
        return id(expect(api.post("/api/v1/sales/quotations", "{\"partyId\":\"" + customer + "\",\"lines\":[" + lines + "]}"), 201));
    }

    private static String product(ApiClient api, String sku, String type) {
        return id(expect(api.post("/api/v1/catalog/products", """
                {"sku":"%s","name":"Bench %s","type":"%s","uom":"unit","salesPrice":"10.00","currency":"EUR","costMethod":"fifo"}"""
                .formatted(sku, sku, type)), 201));
    }

    private static void stockUp(ApiClient api, String product, String quantity) {
        String receipt = id(expect(api.post("/api/v1/inventory/receipts", "{\"lines\":[{\"productId\":\"" + product
                + "\",\"quantity\":\"" + quantity + "\",\"unitCost\":\"2.50\"}]}"), 201));
        expect(api.post("/api/v1/inventory/receipts/" + receipt + "/validate", ""), 200);
    }

    private static String id(ApiResponse response) {
        return response.json().get("id").asString();
    }

    private static ApiResponse expect(ApiResponse response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("expected " + status + ": " + response);
        }
        return response;
    }

    private static String figures(StatementCounter counter) {
        return counter.statements() + " / " + counter.roundTrips();
    }
}
