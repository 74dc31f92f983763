package io.tessera.plugins.inventory.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canonical lock order of balance rows is the database's order of uuids: unsigned, byte by byte. */
class BalanceKeyTest {

    private static final UUID NO_LOT = new UUID(0, 0);

    @Test
    void uuidsCompareAsUnsignedBytesLikePostgresql() {
        UUID low = UUID.fromString("7fffffff-ffff-ffff-ffff-ffffffffffff");
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000");
        // java.util.UUID#compareTo is signed and puts 8000… first; the database puts it last
        assertThat(high.compareTo(low)).isNegative();
        assertThat(BalanceKey.UUID_ORDER.compare(high, low)).isPositive();
        UUID lsbLow = UUID.fromString("00000000-0000-0000-7fff-ffffffffffff");
        UUID lsbHigh = UUID.fromString("00000000-0000-0000-8000-000000000000");
        assertThat(BalanceKey.UUID_ORDER.compare(lsbHigh, lsbLow)).isPositive();
        assertThat(BalanceKey.UUID_ORDER.compare(lsbHigh, lsbHigh)).isZero();
    }

    @Test
    void keysSortByProductThenLocationThenLot() {
        UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        UUID b = UUID.fromString("f0000000-0000-0000-0000-00000000000b");
        BalanceKey aB = new BalanceKey(a, b, NO_LOT);
        BalanceKey aA = new BalanceKey(a, a, b);
        BalanceKey aANoLot = new BalanceKey(a, a, NO_LOT);
        BalanceKey bA = new BalanceKey(b, a, NO_LOT);
        List<BalanceKey> keys = new ArrayList<>(List.of(bA, aB, aA, aANoLot));
        keys.sort(null);
        assertThat(keys).containsExactly(aANoLot, aA, aB, bA);
    }
}
