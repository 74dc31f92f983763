package io.tessera.plugins.inventory.stock;

import java.util.UUID;

/**
 * The demand line a reservation serves: a line of a document of some module (a delivery of this module, a sales
 * order line).
 *
 * @param module     the module owning the document, e.g. {@code inventory} or {@code sales}
 * @param documentId the document
 * @param line       the line number within it
 */
public record Demand(String module, UUID documentId, int line) {
}
