package io.tessera.plugins.inventory.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Splitting a move for a partial validation keeps the entered quantity consistent with the base quantity. */
class MoveRowTest {

    private static MoveRow move(String base, String entered, String uom) {
        return new MoveRow(UUID.randomUUID(), UUID.randomUUID(), 1, UUID.randomUUID(), new BigDecimal(base),
                new BigDecimal(entered), uom, UUID.randomUUID(), UUID.randomUUID(), null, null, null, "DRAFT", null, null,
                null, LocalDate.of(2026, 12, 7), new BigDecimal("2.5"), null);
    }

    @Test
    void aPartOfADozenLineIsThatShareOfTheDozens() {
        MoveRow twoDozen = move("24", "2", "dozen");
        assertThat(twoDozen.enteredFor(new BigDecimal("6"))).isEqualByComparingTo("0.5");
        assertThat(twoDozen.enteredFor(new BigDecimal("24"))).isSameAs(twoDozen.enteredQuantity());
        UUID backorder = UUID.randomUUID();
        MoveRow rest = twoDozen.remainder(UUID.randomUUID(), backorder, new BigDecimal("6"));
        assertThat(rest.quantity()).isEqualByComparingTo("18");
        assertThat(rest.enteredQuantity()).isEqualByComparingTo("1.5");
        assertThat(rest.transferId()).isEqualTo(backorder);
        assertThat(rest.state()).isEqualTo("DRAFT");
    }

    @Test
    void aDonePartKeepsTheLineAndTakesItsSourceAndLot() {
        MoveRow line = move("10", "10", "unit");
        UUID from = UUID.randomUUID();
        UUID lot = UUID.randomUUID();
        MoveRow done = line.done(line.id(), new BigDecimal("4"), from, lot);
        assertThat(done.state()).isEqualTo("DONE");
        assertThat(done.quantity()).isEqualByComparingTo("4");
        assertThat(done.enteredQuantity()).isEqualByComparingTo("4");
        assertThat(done.fromLocationId()).isEqualTo(from);
        assertThat(done.lotId()).isEqualTo(lot);
        assertThat(done.lineNo()).isEqualTo(line.lineNo());
        assertThat(done.demand()).isEqualTo(line.demand());
    }
}
