package io.tessera.plugins.inventory.stock;

import java.util.Comparator;
import java.util.UUID;

/**
 * The key of a balance row. Its natural order is PostgreSQL's order of the key columns (uuids compare as unsigned
 * bytes), the one canonical order every transaction locks balance rows in.
 *
 * @param productId  the product
 * @param locationId the location
 * @param lotId      the lot, {@link #NO_LOT} for none
 */
public record BalanceKey(UUID productId, UUID locationId, UUID lotId) implements Comparable<BalanceKey> {

    /** The lot key of a balance or reservation without a lot (a key column cannot be null). */
    public static final UUID NO_LOT = new UUID(0, 0);

    /** Unsigned, byte-wise order of uuids, as the database sorts them. */
    public static final Comparator<UUID> UUID_ORDER = (a, b) -> {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    };

    private static final Comparator<BalanceKey> ORDER = Comparator.comparing(BalanceKey::productId, UUID_ORDER)
            .thenComparing(BalanceKey::locationId, UUID_ORDER).thenComparing(BalanceKey::lotId, UUID_ORDER);

    @Override
    public int compareTo(BalanceKey other) {
        return ORDER.compare(this, other);
    }
}
