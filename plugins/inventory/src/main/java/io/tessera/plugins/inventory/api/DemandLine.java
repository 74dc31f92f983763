package io.tessera.plugins.inventory.api;

import java.util.Objects;
import java.util.UUID;

/**
 * A line of another module's document that needs stock, e.g. a sales order line: reservations and deliveries are
 * kept per demand line, and moves record it as their origin.
 *
 * @param module     the id of the module owning the document, e.g. {@code sales}
 * @param documentId the document
 * @param line       the line number within the document
 */
public record DemandLine(String module, UUID documentId, int line) {

    /** Checks the components. */
    public DemandLine {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(documentId, "documentId");
    }
}
