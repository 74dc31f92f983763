package io.tessera.sdk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersion7WithRfcVariant() {
        UUID id = Ids.newId();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
    }

    @Test
    void idsCarryTheCurrentTimeInTheirFirst48Bits() {
        long before = System.currentTimeMillis();
        UUID id = Ids.newId();
        long after = System.currentTimeMillis();
        long millis = id.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, after + 1);
    }

    @Test
    void idsAreUniqueAndStrictlyIncreasingWithinOneJvm() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(Ids.newId());
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
        for (int i = 1; i < ids.size(); i++) {
            assertThat(Long.compareUnsigned(ids.get(i).getMostSignificantBits(), ids.get(i - 1).getMostSignificantBits()))
                    .as("id %d after id %d", i, i - 1).isPositive();
        }
    }
}
