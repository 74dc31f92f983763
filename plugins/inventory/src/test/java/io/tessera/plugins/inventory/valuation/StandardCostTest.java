package io.tessera.plugins.inventory.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Standard cost: stock in and out at the standard, the receipt's actual cost difference as its variance. */
class StandardCostTest {

    private static final BigDecimal STANDARD = new BigDecimal("10.00");

    @Test
    void receiptsComeInAtTheStandardWithTheirVarianceAndDeliveriesGoOutAtTheStandardLeavingNoResidue() {
        ProductState state = ProductState.EMPTY;
        Receipt dear = StandardCost.receive(state, bd("5"), bd("60.00"), STANDARD, 2);
        assertThat(dear.value()).isEqualByComparingTo("50.00");
        assertThat(dear.variance()).isEqualByComparingTo("10.00");
        assertThat(dear.correction()).isEqualByComparingTo("0");
        state = state.in(bd("5"), dear, STANDARD);

        Issue three = StandardCost.issue(state, bd("3"), STANDARD, 2);
        assertThat(three.value()).isEqualByComparingTo("30.00");
        state = state.out(bd("3"), three);

        Receipt cheap = StandardCost.receive(state, bd("2"), bd("18.00"), STANDARD, 2);
        assertThat(cheap.value()).isEqualByComparingTo("20.00");
        assertThat(cheap.variance()).isEqualByComparingTo("-2.00");
        state = state.in(bd("2"), cheap, STANDARD);

        Issue rest = StandardCost.issue(state, bd("4"), STANDARD, 2);
        assertThat(rest.value()).isEqualByComparingTo("40.00");
        state = state.out(bd("4"), rest);
        assertThat(state.quantity()).isEqualByComparingTo("0");
        assertThat(state.value()).isEqualByComparingTo("0");
    }

    @Test
    void stockDeliveredBeyondWhatIsThereGoesOutAtTheStandardAndTheNextReceiptSettlesItWithoutCorrection() {
        Receipt one = StandardCost.receive(ProductState.EMPTY, bd("1"), bd("9.00"), STANDARD, 2);
        ProductState state = ProductState.EMPTY.in(bd("1"), one, STANDARD);
        Issue over = StandardCost.issue(state, bd("3"), STANDARD, 2);
        assertThat(over.value()).isEqualByComparingTo("30.00");
        assertThat(over.shortQty()).isEqualByComparingTo("2");
        state = state.out(bd("3"), over);
        assertThat(state.value()).isEqualByComparingTo("-20.00");

        Receipt settle = StandardCost.receive(state, bd("5"), bd("45.00"), STANDARD, 2);
        assertThat(settle.correction()).isEqualByComparingTo("0");
        assertThat(settle.variance()).isEqualByComparingTo("-5.00");
        state = state.in(bd("5"), settle, STANDARD);
        assertThat(state.quantity()).isEqualByComparingTo("3");
        assertThat(state.value()).isEqualByComparingTo("30.00");
    }

    @Test
    void aThirdOfACentIsRoundedOnceAndTheLastUnitTakesWhatIsLeft() {
        BigDecimal third = new BigDecimal("3.333333");
        ProductState state = ProductState.EMPTY;
        Receipt in = StandardCost.receive(state, bd("3"), bd("10.00"), third, 2);
        assertThat(in.value()).isEqualByComparingTo("10.00");
        state = state.in(bd("3"), in, third);
        BigDecimal out = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            Issue one = StandardCost.issue(state, bd("1"), third, 2);
            out = out.add(one.value());
            state = state.out(bd("1"), one);
        }
        assertThat(out).isEqualByComparingTo("10.00");
        assertThat(state.value()).isEqualByComparingTo("0");
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
