package io.tessera.plugins.leads;

import java.util.Locale;

/** A lead's progress: new → qualified → converted, or disqualified. */
enum LeadStatus {
    NEW, QUALIFIED, CONVERTED, DISQUALIFIED;

    boolean isOpen() {
        return this == NEW || this == QUALIFIED;
    }

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
