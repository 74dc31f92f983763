package io.tessera.plugins.sales.order;

import io.tessera.plugins.accounting.api.DocumentStatus;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An order's status, from its lines and its invoices' states. */
final class OrderStatus {

    static final String CANCELLED = "CANCELLED";
    static final String TO_DELIVER = "TO_DELIVER";
    static final String TO_INVOICE = "TO_INVOICE";
    static final String FULLY_INVOICED = "FULLY_INVOICED";
    static final String DONE = "DONE";

    private OrderStatus() {
    }

    /**
     * Cancelled; else to deliver while a line has quantity left to deliver; else to invoice while a line has quantity
     * left to invoice (returned quantities are not invoiced, credited ones not counted as invoiced); else done once every invoice is confirmed and settled, fully invoiced until then.
     */
    static String of(String state, List<Orders.LineRow> lines, Collection<UUID> invoiceIds, Map<UUID, DocumentStatus> statuses) {
        if (CANCELLED.equals(state)) {
            return CANCELLED;
        }
        if (lines.stream().anyMatch(l -> l.delivered().compareTo(l.ordered()) < 0)) {
            return TO_DELIVER;
        }
        if (lines.stream().anyMatch(l -> l.invoiced().subtract(l.credited()).compareTo(l.ordered().subtract(l.returned())) < 0)) {
            return TO_INVOICE;
        }
        boolean settled = invoiceIds.stream().allMatch(id -> statuses.containsKey(id) && statuses.get(id).settled());
        return settled ? DONE : FULLY_INVOICED;
    }
}
