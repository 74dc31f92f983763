package io.tessera.plugins.mrp.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Multi-level netting on a textbook example worked out by hand, with on hand at an intermediate level (B) and a
 * component shared by two levels (C goes into A directly and into B): the multi-level cases ERPNext's production
 * plan got wrong (#26563, #41579).
 *
 * <pre>
 * A (level 0, make, lead 1 day, on hand 2)      = 1 B + 2 C
 * B (level 1, make, lead 2 days, on hand 5)     = 1 C + 1 D
 * C (level 2, buy, lead 1 day, on hand 10, minimum 30)
 * D (level 2, buy, lead 3 days, on hand 0, multiple 10)
 * Forecast of A: 10 on day 5 (Sat 9 Jan), 15 on day 7 (Mon 11 Jan); day buckets from Mon 4 Jan 2027, 8 days.
 *
 * A  day:   0  1  2  3  4  5  6  7         B  day:   0  1  2  3  4  5  6  7
 *   gross                  10    15          gross(A)             8     15
 *   projected 2  2  2  2  2  0  0  0        projected 5  5  5  5  0  0  0  0
 *   net                     8    15          net                  3     15
 *   receipt                 8    15          receipt              3     15
 *   release              8    15             release        3     15
 *
 * C  day:   0  1  2  3  4  5  6  7         D  day:   0  1  2  3  4  5  6  7
 *   gross        3     31    30   (b4: 16 from A, 15 from B)   gross        3     15
 *   projected 10 10 7  7  6  6  6  6        projected 0  0  7  7  2  2  2  2
 *   net                24    24              net          3     8
 *   receipt            30    30  (min 30)    receipt      10    10  (multiple 10)
 *   release         30    30                 release (3 Jan, before the start: late) 10 on day 1
 * </pre>
 */
class NettingTest {

    static final LocalDate MON = LocalDate.of(2027, 1, 4);
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");
    static final UUID FORECAST_1 = UUID.randomUUID();
    static final UUID FORECAST_2 = UUID.randomUUID();

    static BigDecimal q(String v) {
        return new BigDecimal(v);
    }

    static Netting.Component per(UUID product, String quantity) {
        return new Netting.Component(product, q(quantity), BigDecimal.ONE, BigDecimal.ZERO);
    }

    static List<Netting.Item> items() {
        return List.of(
                new Netting.Item(D, 2, q("0"), false, List.of(), lot("0", "10", 3)),
                new Netting.Item(A, 0, q("2"), true, List.of(per(B, "1"), per(C, "2")), lot("0", "0", 1)),
                new Netting.Item(C, 2, q("10"), false, List.of(), lot("30", "0", 1)),
                new Netting.Item(B, 1, q("5"), true, List.of(per(C, "1"), per(D, "1")), lot("0", "0", 2)));
    }

    static java.util.function.Supplier<Netting.Lot> lot(String minimum, String multiple, int leadDays) {
        return () -> new Netting.Lot(q(minimum), q(multiple), x -> leadDays);
    }

    static List<Netting.Demand> forecasts() {
        return List.of(new Netting.Demand(A, MON.plusDays(5), q("10"), "forecast", FORECAST_1),
                new Netting.Demand(A, MON.plusDays(7), q("15"), "forecast", FORECAST_2));
    }

    static List<String> column(Netting netting, UUID product, Function<Netting.Row, BigDecimal> f) {
        return Arrays.stream(netting.rows().get(product)).map(r -> f.apply(r).stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void multiLevelNettingMatchesTheHandWorkedRecords() {
        Netting netting = new Netting(Buckets.of(MON, "day", 8), true);
        List<Integer> progress = new ArrayList<>();
        List<Netting.Planned> planned = netting.plan(items(), forecasts(), List.of(), progress::add, () -> false);

        assertThat(column(netting, A, Netting.Row::gross)).containsExactly("0", "0", "0", "0", "0", "10", "0", "15");
        assertThat(column(netting, A, Netting.Row::projected)).containsExactly("2", "2", "2", "2", "2", "0", "0", "0");
        assertThat(column(netting, A, Netting.Row::net)).containsExactly("0", "0", "0", "0", "0", "8", "0", "15");
        assertThat(column(netting, A, Netting.Row::release)).containsExactly("0", "0", "0", "0", "8", "0", "15", "0");

        assertThat(column(netting, B, Netting.Row::gross)).as("A's releases, 1 B each")
                .containsExactly("0", "0", "0", "0", "8", "0", "15", "0");
        assertThat(column(netting, B, Netting.Row::projected)).as("on hand 5 at the intermediate level nets first")
                .containsExactly("5", "5", "5", "5", "0", "0", "0", "0");
        assertThat(column(netting, B, Netting.Row::net)).containsExactly("0", "0", "0", "0", "3", "0", "15", "0");
        assertThat(column(netting, B, Netting.Row::release)).containsExactly("0", "0", "3", "0", "15", "0", "0", "0");

        assertThat(column(netting, C, Netting.Row::gross)).as("shared: 2 per A and 1 per B, netted once at level 2")
                .containsExactly("0", "0", "3", "0", "31", "0", "30", "0");
        assertThat(column(netting, C, Netting.Row::projected)).containsExactly("10", "10", "7", "7", "6", "6", "6", "6");
        assertThat(column(netting, C, Netting.Row::net)).containsExactly("0", "0", "0", "0", "24", "0", "24", "0");
        assertThat(column(netting, C, Netting.Row::receipt)).as("minimum 30").containsExactly("0", "0", "0", "0", "30", "0", "30", "0");
        assertThat(column(netting, C, Netting.Row::release)).containsExactly("0", "0", "0", "30", "0", "30", "0", "0");

        assertThat(column(netting, D, Netting.Row::gross)).containsExactly("0", "0", "3", "0", "15", "0", "0", "0");
        assertThat(column(netting, D, Netting.Row::projected)).containsExactly("0", "0", "7", "7", "2", "2", "2", "2");
        assertThat(column(netting, D, Netting.Row::receipt)).as("multiple 10").containsExactly("0", "0", "10", "0", "10", "0", "0", "0");
        assertThat(column(netting, D, Netting.Row::release)).as("the late one counts in the first bucket")
                .containsExactly("10", "10", "0", "0", "0", "0", "0", "0");

        assertThat(planned).hasSize(8);
        Netting.Planned d1 = only(planned, D, MON.plusDays(2));
        assertThat(d1.release()).as("lead time 3 before day 2: late").isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(d1.make()).isFalse();
        Netting.Planned a1 = only(planned, A, MON.plusDays(5));
        assertThat(a1.make()).isTrue();
        assertThat(a1.quantity()).isEqualByComparingTo("8");
        assertThat(a1.pegs()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo("forecast");
            assertThat(p.sourceId()).isEqualTo(FORECAST_1);
            assertThat(p.quantity()).isEqualByComparingTo("8");
        });
        Netting.Planned b2 = only(planned, B, MON.plusDays(6));
        Netting.Planned a2 = only(planned, A, MON.plusDays(7));
        assertThat(b2.pegs()).singleElement().satisfies(p -> assertThat(p.sourceId()).isEqualTo(a2.id()));
        // C's first order covers what on hand left of A's 16 (9) and all 15 of the B order released on day 4 (due on
        // day 6), first in first out
        Netting.Planned c1 = only(planned, C, MON.plusDays(4));
        assertThat(c1.pegs()).extracting(Netting.Peg::sourceId, p -> p.quantity().stripTrailingZeros().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(a1.id(), "9"),
                        org.assertj.core.groups.Tuple.tuple(b2.id(), "15"));
        assertThat(progress).last().isEqualTo(100);
    }

    @Test
    void scheduledReceiptsNetBeforePlanningAndDemandBeyondTheHorizonIsIgnored() {
        Netting netting = new Netting(Buckets.of(MON, "week", 14), false);
        List<Netting.Demand> demands = List.of(new Netting.Demand(D, MON.plusDays(3), q("12"), "forecast", null),
                new Netting.Demand(D, MON.plusDays(20), q("99"), "forecast", null));
        List<Netting.Planned> planned = netting.plan(items(), demands,
                List.of(new Netting.Receipt(D, MON.plusDays(1), q("5"))), x -> { }, () -> false);
        assertThat(planned).singleElement().satisfies(p -> {
            assertThat(p.quantity()).as("12 − 5 = 7, to the multiple of 10").isEqualByComparingTo("10");
            assertThat(p.due()).as("the week bucket's first day").isEqualTo(MON);
        });
    }

    @Test
    void aCancelledRunStops() {
        Netting netting = new Netting(Buckets.of(MON, "day", 8), false);
        assertThatThrownBy(() -> netting.plan(items(), forecasts(), List.of(), x -> { }, () -> true))
                .isInstanceOf(Netting.Cancelled.class);
    }

    static Netting.Planned only(List<Netting.Planned> planned, UUID product, LocalDate due) {
        return planned.stream().filter(p -> p.product().equals(product) && p.due().equals(due)).reduce((x, y) -> {
            throw new AssertionError("two planned orders of " + product + " due " + due);
        }).orElseThrow(() -> new AssertionError("no planned order of " + product + " due " + due + " in " + planned));
    }
}
