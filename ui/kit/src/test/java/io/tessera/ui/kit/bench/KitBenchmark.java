package io.tessera.ui.kit.bench;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import io.tessera.ui.kit.chart.BarChart;
import io.tessera.ui.kit.chart.LineChart;
import io.tessera.ui.kit.chart.Series;
import io.tessera.ui.kit.chart.SvgChart;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import io.tessera.ui.kit.kanban.KanbanBoard;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test: prints figures and asserts nothing about time. Run on purpose with
 * {@code mvn -pl ui/kit -Pbench verify}.
 *
 * <p>Measures server-side render time and markup size of the SVG charts, time to the first page of an
 * {@link EntityGrid} over 100,000 rows, and the heap each component retains once attached to a UI
 * (what it adds to a signed-in session).
 */
@ViewPackages(packages = "io.tessera.ui.kit.bench")
class KitBenchmark extends BrowserlessTest {

    record Row(int id, String name, BigDecimal amount) {
    }

    static final List<Row> ROWS = IntStream.range(0, 100_000)
            .mapToObj(i -> new Row(i, "Row " + i, BigDecimal.valueOf(i % 1000, 2))).toList();

    static final EntitySource<Row> SOURCE = new EntitySource<>() {
        @Override
        public List<Row> fetch(EntityQuery query) {
            return ROWS.subList(query.offset(), Math.min(ROWS.size(), query.offset() + query.limit()));
        }

        @Override
        public long count(String filter) {
            return ROWS.size();
        }
    };

    @Test
    void run() {
        System.out.println("== UI kit benchmark (server side, browserless; JDK " + Runtime.version() + ")");
        System.out.println("   retained heap = used heap after full GCs, before and after attaching 100 instances;"
                + " expect a few KB of noise per instance");
        chart("bar 12 categories x 3 series", () -> {
            BarChart chart = new BarChart("Revenue");
            chart.setData(IntStream.range(0, 12).mapToObj(i -> "M" + i).toList(),
                    IntStream.range(0, 3).mapToObj(s -> new Series("S" + s,
                            IntStream.range(0, 12).mapToObj(i -> BigDecimal.valueOf(1000L * i + s)).toList())).toList());
            return chart;
        });
        chart("line 365 points x 2 series", () -> {
            LineChart chart = new LineChart("Daily");
            chart.setData(IntStream.range(0, 365).mapToObj(i -> "D" + i).toList(),
                    IntStream.range(0, 2).mapToObj(s -> new Series("S" + s,
                            IntStream.range(0, 365).mapToObj(i -> Math.sin(i / 20.0) * 100 + s).toList())).toList());
            return chart;
        });

        List<Double> firstPage = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            EntityGrid<Row> grid = grid();
            UI.getCurrent().add(grid);
            GridTester<?, Row> tester = test(grid.getGrid());
            tester.size();
            tester.getRow(0);
            firstPage.add((System.nanoTime() - start) / 1e6);
            UI.getCurrent().remove(grid);
        }
        print("EntityGrid, 100,000 rows: build + count + first page", firstPage.subList(10, firstPage.size()));

        // the first measurement absorbs what the test environment frees after start-up; not printed
        retained(null, () -> new Span("warm-up"));
        retained("EntityGrid, 3 columns, first page of 50 rows loaded", () -> {
            EntityGrid<Row> grid = grid();
            UI.getCurrent().add(grid);
            GridTester<?, Row> tester = test(grid.getGrid());
            tester.size();
            tester.getRow(49);
            return grid;
        });
        retained("KanbanBoard, 5 columns, 50 cards", () -> {
            KanbanBoard<Row> board = new KanbanBoard<>(r -> "c" + (r.id() % 5), Row::name);
            IntStream.range(0, 5).forEach(c -> board.addColumn("c" + c, "Column " + c));
            board.setCardRenderer(r -> new Span(r.amount().toPlainString()));
            board.setItems(ROWS.subList(0, 50));
            UI.getCurrent().add(board);
            return board;
        });
        retained("BarChart, 12 x 3", () -> {
            BarChart chart = new BarChart("Revenue");
            chart.setData(IntStream.range(0, 12).mapToObj(i -> "M" + i).toList(),
                    List.of(new Series("a", Collections.nCopies(12, 5)), new Series("b", Collections.nCopies(12, 7)),
                            new Series("c", Collections.nCopies(12, 9))));
            UI.getCurrent().add(chart);
            return chart;
        });
    }

    EntityGrid<Row> grid() {
        EntityGrid<Row> grid = new EntityGrid<>(SOURCE);
        grid.addColumn("Id", Row::id, "id");
        grid.addColumn("Name", Row::name, "name");
        grid.addColumn("Amount", Row::amount, "amount");
        return grid;
    }

    void chart(String name, Supplier<SvgChart> build) {
        for (int i = 0; i < 200; i++) {
            build.get();
        }
        List<Double> times = new ArrayList<>();
        SvgChart last = null;
        for (int i = 0; i < 300; i++) {
            long start = System.nanoTime();
            last = build.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        print("chart " + name + " (" + last.getSvg().length() + " bytes of SVG)", times);
    }

    void retained(String name, Supplier<Component> build) {
        int n = 100;
        List<Component> keep = new ArrayList<>();
        long before = usedAfterGc();
        for (int i = 0; i < n; i++) {
            keep.add(build.get());
        }
        roundTrip();
        long after = usedAfterGc();
        if (name != null) {
            System.out.printf("retained heap %-52s %8.1f KB per instance (%d instances attached)%n", name,
                (after - before) / 1024.0 / n, keep.size());
        }
        keep.forEach(c -> UI.getCurrent().remove(c));
        roundTrip();
    }

    /** Heap in use once full collections stop freeing anything (at most 10 rounds). */
    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while measuring", e);
            }
            long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (now >= used - 16 * 1024) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    static void print(String name, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        System.out.printf("%-66s p50 %7.3f ms  p99 %7.3f ms  (n=%d)%n", name,
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.size());
    }
}
