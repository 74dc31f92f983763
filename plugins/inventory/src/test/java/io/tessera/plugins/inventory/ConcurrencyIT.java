package io.tessera.plugins.inventory;

import static io.tessera.plugins.inventory.Stocks.INV;
import static io.tessera.plugins.inventory.Stocks.delivery;
import static io.tessera.plugins.inventory.Stocks.product;
import static io.tessera.plugins.inventory.Stocks.receipt;
import static io.tessera.plugins.inventory.Stocks.receiptLine;
import static io.tessera.plugins.inventory.Stocks.stock;
import static io.tessera.plugins.inventory.Stocks.stockUp;
import static org.assertj.core.api.Assertions.assertThat;

import io.tessera.testkit.ApiClient;
import io.tessera.testkit.ApiResponse;
import io.tessera.testkit.TesseraKernelExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Many requests race for the same stock: balances are changed atomically in one lock order under CHECK
 * constraints, so exactly as much as is on hand is delivered or reserved, never more, and a serial is received
 * once. Outcomes are counted, not timed.
 */
class ConcurrencyIT {

    @RegisterExtension
    static final TesseraKernelExtension kernel = TesseraKernelExtension.builder()
            .builtPlugin()
            .plugin(Path.of("../catalog/target/catalog.jar"))
            .build();

    private static final int REQUESTS = 100;
    private static final int THREADS = 16;

    @AfterAll
    static void invariantsHold() {
        assertThat(Stocks.invariantViolations(kernel)).isEmpty();
    }

    @Test
    void hundredDeliveriesOfOneAgainstTenOnHandDeliverExactlyTen() throws Exception {
        ApiClient api = Stocks.tenant(kernel, "conc-deliver");
        String p = product(api, "HOT-1");
        stockUp(api, p, "10");
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            deliveries.add(delivery(api, p, "1"));
        }
        List<ApiResponse> answers = race(deliveries, d -> api.post(INV + "deliveries/" + d + "/validate", ""));
        long done = answers.stream().filter(r -> r.status() == 200).count();
        for (ApiResponse r : answers) {
            assertThat(r.status()).as(r.body()).isIn(200, 409);
            if (r.status() == 409) {
                assertThat(r.body()).contains("available 0");
            }
        }
        assertThat(done).isEqualTo(10);
        JsonNode stock = stock(api, p);
        assertThat(stock.get("onHand").decimalValue()).isEqualByComparingTo("0");
        assertThat(stock.get("reserved").decimalValue()).isEqualByComparingTo("0");
        assertThat(kernel.countAsSuperuser("select count(*) from inv_moves m join tenants t on t.id = m.tenant_id "
                + "where t.slug = 'conc-deliver' and m.state = 'DONE' and m.product_id = ?::uuid", p)).isEqualTo(11);
    }

    @Test
    void hundredReservationsOfOneAgainstTenOnHandReserveExactlyTen() throws Exception {
        ApiClient api = Stocks.tenant(kernel, "conc-reserve");
        String p = product(api, "HOT-2");
        stockUp(api, p, "10");
        List<String> deliveries = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            deliveries.add(delivery(api, p, "1"));
        }
        List<ApiResponse> answers = race(deliveries, d -> api.post(INV + "deliveries/" + d + "/reserve", ""));
        answers.forEach(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        long assigned = answers.stream().filter(r -> r.json().get("state").asString().equals("assigned")).count();
        assertThat(assigned).isEqualTo(10);
        JsonNode stock = stock(api, p);
        assertThat(stock.get("onHand").decimalValue()).isEqualByComparingTo("10");
        assertThat(stock.get("reserved").decimalValue()).isEqualByComparingTo("10");
        assertThat(stock.get("available").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void aSerialIsReceivedOnceEvenWhenManyReceiptsRaceForIt() throws Exception {
        ApiClient api = Stocks.tenant(kernel, "conc-serial");
        String p = product(api, "SER-HOT", "serial");
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            receipts.add(receipt(api, receiptLine(p, "1", ",\"serials\":[\"ONLY-ONE\"]")));
        }
        List<ApiResponse> answers = race(receipts, r -> api.post(INV + "receipts/" + r + "/validate", ""));
        answers.forEach(r -> assertThat(r.status()).as(r.body()).isIn(200, 409));
        assertThat(answers.stream().filter(r -> r.status() == 200).count()).isEqualTo(1);
        assertThat(stock(api, p).get("onHand").decimalValue()).isEqualByComparingTo("1");
        assertThat(kernel.countAsSuperuser("select count(*) from inv_lots l join tenants t on t.id = l.tenant_id "
                + "where t.slug = 'conc-serial' and l.name = 'ONLY-ONE'")).isEqualTo(1);
    }

    @Test
    void receiptsAndDeliveriesOfSeveralProductsInOppositeOrdersNeitherDeadlockNorLoseUpdates() throws Exception {
        ApiClient api = Stocks.tenant(kernel, "conc-mixed");
        String a = product(api, "MIX-A");
        String b = product(api, "MIX-B");
        stockUp(api, a, "1000");
        stockUp(api, b, "1000");
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String first = i % 2 == 0 ? a : b;
            String second = i % 2 == 0 ? b : a;
            String body = "{\"lines\":[{\"productId\":\"" + first + "\",\"quantity\":\"2\"},{\"productId\":\"" + second
                    + "\",\"quantity\":\"3\"}]}";
            documents.add((i % 4 < 2 ? "deliveries/" : "receipts/") + (i % 4 < 2
                    ? api.post(INV + "deliveries", body).json().get("id").asString()
                    : receipt(api, receiptLine(first, "2", ""), receiptLine(second, "3", ""))));
        }
        List<ApiResponse> answers = race(documents, d -> api.post(INV + d + "/validate", ""));
        answers.forEach(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        // 20 deliveries and 20 receipts of 2 of one product and 3 of the other, alternating: they cancel out
        assertThat(stock(api, a).get("onHand").decimalValue()).isEqualByComparingTo("1000");
        assertThat(stock(api, b).get("onHand").decimalValue()).isEqualByComparingTo("1000");
    }

    private static List<ApiResponse> race(List<String> ids, Function<String, ApiResponse> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<ApiResponse>> calls = new ArrayList<>();
            ids.forEach(id -> calls.add(() -> call.apply(id)));
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
