package io.tessera.plugins.inventory.bench;

import static io.tessera.plugins.inventory.bench.InventoryBenchmark.INV;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.draft;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.expect;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.lines;
import static io.tessera.plugins.inventory.bench.InventoryBenchmark.seconds;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.tessera.plugins.inventory.bench.InventoryBenchmark.Tenant;
import io.tessera.testkit.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.LoggerFactory;

/**
 * 100 one-unit deliveries (validations) and 100 reservations of one product, all started together from 100 client
 * threads, against the same 100 spread over 100 products (the baseline of the same run). Counts 200s, 409s and the
 * kernel's transaction retries (its log line "retrying" for a deadlock or serialization failure).
 */
final class Contention {

    private static final int WAY = 100;

    private Contention() {
    }

    static List<String> run(Tenant t) throws Exception {
        String hot = InventoryBenchmark.product(t.api(), "HOT-" + System.nanoTime());
        List<String> spread = new ArrayList<>();
        for (int i = 0; i < WAY; i++) {
            spread.add(InventoryBenchmark.product(t.api(), "SPREAD-" + i + "-" + System.nanoTime()));
        }
        stock(t, List.of(hot), "1000");
        stock(t, spread, "10");
        List<String> out = new ArrayList<>();
        for (String action : List.of("validate", "reserve")) {
            for (int round = 0; round < 2; round++) { // the first round warms up
                List<String> one = new ArrayList<>();
                List<String> many = new ArrayList<>();
                for (int i = 0; i < WAY; i++) {
                    one.add(draft(t.api(), "deliveries", lines(List.of(hot), 0, 1, "1", false)));
                    many.add(draft(t.api(), "deliveries", lines(spread, i, 1, "1", false)));
                }
                Result contended = race(t, one, action);
                Result baseline = race(t, many, action);
                if (round == 1) {
                    out.add(String.format("%-8s x%d one product: %6.1f/s (ok %d, 409 %d, retries %d) | %d products: %6.1f/s "
                                    + "(ok %d, 409 %d, retries %d) | one/spread %.2f", action, WAY, contended.rate(), contended.ok(),
                            contended.refused(), contended.retries(), WAY, baseline.rate(), baseline.ok(), baseline.refused(),
                            baseline.retries(), contended.rate() / baseline.rate()));
                }
            }
        }
        return out;
    }

    private static void stock(Tenant t, List<String> products, String quantity) {
        String receipt = draft(t.api(), "receipts", lines(products, 0, products.size(), quantity, true));
        expect(t.api().post(INV + "receipts/" + receipt + "/validate", ""), 200);
    }

    record Result(double rate, int ok, int refused, int retries) {
    }

    private static Result race(Tenant t, List<String> deliveries, String action) throws Exception {
        RetryCounter retries = RetryCounter.install();
        ExecutorService pool = Executors.newFixedThreadPool(deliveries.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            for (String d : deliveries) {
                calls.add(() -> {
                    go.await();
                    ApiResponse r = t.api().post(INV + "deliveries/" + d + "/" + action, "");
                    if (r.status() == 200) {
                        ok.incrementAndGet();
                    } else if (r.status() == 409) {
                        refused.incrementAndGet();
                    } else {
                        throw new IllegalStateException("Unexpected " + r);
                    }
                    return null;
                });
            }
            List<Future<Void>> futures = new ArrayList<>();
            calls.forEach(c -> futures.add(pool.submit(c)));
            long start = System.nanoTime();
            go.countDown();
            for (Future<Void> f : futures) {
                f.get();
            }
            return new Result(deliveries.size() / seconds(start), ok.get(), refused.get(), retries.count.get());
        } finally {
            pool.shutdownNow();
            retries.uninstall();
        }
    }

    /** Counts the kernel's transaction retries from its log. */
    static final class RetryCounter extends AppenderBase<ILoggingEvent> {

        private static final ch.qos.logback.classic.Logger LOG = (ch.qos.logback.classic.Logger)
                LoggerFactory.getLogger("io.tessera.kernel.tenancy.TransactionsService");
        final AtomicInteger count = new AtomicInteger();

        static RetryCounter install() {
            RetryCounter counter = new RetryCounter();
            counter.setContext(LOG.getLoggerContext());
            counter.start();
            LOG.addAppender(counter);
            return counter;
        }

        void uninstall() {
            LOG.detachAppender(this);
            stop();
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getFormattedMessage().contains("retrying")) {
                count.incrementAndGet();
            }
        }
    }
}
