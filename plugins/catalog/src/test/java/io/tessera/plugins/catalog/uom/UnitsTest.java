package io.tessera.plugins.catalog.uom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tessera.plugins.catalog.api.UnitInfo;
import io.tessera.plugins.catalog.api.UnitMismatchException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Exact conversion between units: integers only, rounded once, half-up, and only when asked. */
class UnitsTest {

    static final Map<String, UnitInfo> UNITS = StandardUnits.ALL.stream()
            .collect(Collectors.toMap(UnitInfo::code, Function.identity()));

    static BigDecimal convert(String quantity, String from, String to, int scale) {
        return Conversion.convert(new BigDecimal(quantity), UNITS.get(from), UNITS.get(to), scale);
    }

    @Test
    void dozensAndUnitsConvertBothWays() {
        assertThat(convert("3", "dozen", "unit", 0)).isEqualByComparingTo("36");
        assertThat(convert("30", "unit", "dozen", 2)).isEqualTo(new BigDecimal("2.50"));
        assertThat(convert("1.5", "dozen", "pair", 0)).isEqualByComparingTo("9");
        // one unit is 1/12 dozen: 0.0833… rounds half-up to the dozen's two places
        assertThat(convert("1", "unit", "dozen", 2)).isEqualTo(new BigDecimal("0.08"));
        assertThat(convert("1", "unit", "dozen", 4)).isEqualTo(new BigDecimal("0.0833"));
    }

    @Test
    void gramsAndKilogramsAreExactWithoutAnyRounding() {
        assertThat(convert("1234.5", "g", "kg", 4)).isEqualTo(new BigDecimal("1.2345"));
        assertThat(convert("0.001", "kg", "g", 0)).isEqualTo(new BigDecimal("1"));
        Conversion.Fraction exact = Conversion.exact(new BigDecimal("0.1"), UNITS.get("kg"), UNITS.get("g"));
        assertThat(exact.isExactly(new BigDecimal("100"))).isTrue();
        // the classic float drift (ERPNext #57862): 0.1 + 0.2 kg in g is 300 exactly, not 300.00000000000006
        BigDecimal sum = convert("0.1", "kg", "g", 10).add(convert("0.2", "kg", "g", 10));
        assertThat(sum).isEqualByComparingTo("300");
        // a pound is 453.59237 g by definition: exact at 5 places, to the g's one place only when asked
        assertThat(Conversion.exact(BigDecimal.ONE, UNITS.get("lb"), UNITS.get("g")).isExactly(new BigDecimal("453.59237")))
                .isTrue();
        assertThat(convert("1", "lb", "g", 1)).isEqualTo(new BigDecimal("453.6"));
    }

    @Test
    void roundingHappensOnlyWhenAskedAndOnceHalfUp() {
        Conversion.Fraction third = Conversion.exact(BigDecimal.ONE, UNITS.get("min"), UNITS.get("h"));
        // kept as a fraction: 1/60 h, not 0.0166…
        assertThat(third.numerator().multiply(BigInteger.valueOf(60))).isEqualTo(third.denominator());
        assertThat(third.round(2)).isEqualTo(new BigDecimal("0.02"));
        assertThat(third.round(4)).isEqualTo(new BigDecimal("0.0167"));
        // half-up at exactly .5 of the last place, also for negative quantities (away from zero)
        assertThat(convert("6", "unit", "dozen", 0)).isEqualTo(new BigDecimal("1"));
        assertThat(convert("-6", "unit", "dozen", 0)).isEqualTo(new BigDecimal("-1"));
        assertThat(convert("5", "unit", "dozen", 0)).isEqualTo(new BigDecimal("0"));
        // converting 7 units to dozens and back once from the original loses nothing; rounding the rounded
        // value again would (0.58 dozen is 6.96 units)
        assertThat(convert("7", "unit", "unit", 0)).isEqualTo(new BigDecimal("7"));
        assertThat(convert("0.58", "dozen", "unit", 2)).isEqualTo(new BigDecimal("6.96"));
        // large and negative scales of the input are exact too
        assertThat(convert("1E+3", "g", "kg", 0)).isEqualTo(new BigDecimal("1"));
    }

    @Test
    void unitsOfDifferentCategoriesDoNotConvert() {
        assertThatThrownBy(() -> convert("1", "kg", "l", 3))
                .isInstanceOf(UnitMismatchException.class).hasMessageContaining("kg (weight)").hasMessageContaining("l (volume)");
        assertThatThrownBy(() -> convert("1", "h", "unit", 0)).isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void theStandardUnitsAreWellFormed() {
        assertThat(UNITS).hasSize(StandardUnits.ALL.size());
        StandardUnits.ALL.forEach(u -> {
            assertThat(u.numerator()).as(u.code()).isPositive();
            assertThat(u.denominator()).as(u.code()).isPositive();
            assertThat(u.scale()).as(u.code()).isBetween(0, 6);
        });
        // exactly one reference unit (ratio 1/1) per category
        Map<String, Long> references = StandardUnits.ALL.stream().filter(u -> u.numerator() == 1 && u.denominator() == 1)
                .collect(Collectors.groupingBy(UnitInfo::category, Collectors.counting()));
        assertThat(references).containsOnlyKeys("units", "weight", "volume", "length", "time").allSatisfy((c, n) -> assertThat(n).isEqualTo(1));
    }
}
