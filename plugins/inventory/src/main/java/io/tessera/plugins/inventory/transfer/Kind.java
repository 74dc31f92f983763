package io.tessera.plugins.inventory.transfer;

import java.util.Locale;

/** What a transfer does. */
enum Kind {
    RECEIPT, DELIVERY, INTERNAL, ADJUSTMENT, RETURN, SCRAP;

    String api() {
        return name().toLowerCase(Locale.ROOT);
    }
}
