package io.tessera.plugins.sales.quotation;

import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.sales.common.DocumentPrinter;
import io.tessera.plugins.sales.common.OpportunityLink;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The quotations as the views use them: the same operations as the REST resource, each in its own transaction, with
 * the same validation and the same problems (422 naming every bad field, 409 saying why). Registered with the views.
 */
public class QuotationDesk {

    private final Quotations quotations;
    private final TenantJdbc db;
    private final DocumentPrinter printer;
    private final Parties parties;
    private final ObjectProvider<OpportunityLink> opportunities;

    QuotationDesk(Quotations quotations, TenantJdbc db, DocumentPrinter printer, Parties parties,
                  ObjectProvider<OpportunityLink> opportunities) {
        this.quotations = quotations;
        this.db = db;
        this.printer = printer;
        this.parties = parties;
        this.opportunities = opportunities;
    }

    /**
     * A quotation as the form holds it.
     *
     * @param partyId       the customer
     * @param contactId     the contact person at the customer, or {@code null}
     * @param currency      ISO 4217, or {@code null} for the opportunity's or the base currency
     * @param opportunityId the opportunity it answers, or {@code null}
     * @param validUntil    the last day it may be confirmed, or {@code null} for 30 days
     * @param promisedDate  the delivery date promised to the customer, or {@code null}
     * @param lines         the lines
     */
    public record Draft(UUID partyId, UUID contactId, String currency, UUID opportunityId, LocalDate validUntil,
                        LocalDate promisedDate, List<Line> lines) {
    }

    /**
     * A line as the form holds it.
     *
     * @param productId the product
     * @param quantity  the quantity
     * @param uom       the unit, or {@code null} for the product's sales unit
     * @param unitPrice the price, or {@code null} for the price list's
     * @param discount  discount in percent, or {@code null}
     * @param taxRate   tax rate in percent, or {@code null}
     */
    public record Line(UUID productId, BigDecimal quantity, String uom, BigDecimal unitPrice, BigDecimal discount,
                       BigDecimal taxRate) {
    }

    /**
     * Creates a draft.
     *
     * @param draft the quotation
     * @return it, priced
     */
    @RequiresPermission("sales.write")
    public QuotationView create(Draft draft) {
        return db.tx().write(() -> quotations.create(request(draft)));
    }

    /**
     * Replaces a draft.
     *
     * @param id    the quotation
     * @param draft its new content
     * @return it, priced
     */
    @RequiresPermission("sales.write")
    public QuotationView update(UUID id, Draft draft) {
        return db.tx().write(() -> quotations.update(id, request(draft)));
    }

    /**
     * Marks it sent.
     *
     * @param id the quotation
     * @return it
     */
    @RequiresPermission("sales.write")
    public QuotationView send(UUID id) {
        return db.tx().write(() -> quotations.send(id));
    }

    /**
     * Cancels it.
     *
     * @param id the quotation
     * @return it
     */
    @RequiresPermission("sales.write")
    public QuotationView cancel(UUID id) {
        return db.tx().write(() -> quotations.cancel(id));
    }

    /**
     * Confirms it into an order.
     *
     * @param id the quotation
     * @return the order's id
     */
    @RequiresPermission("sales.write")
    public UUID confirm(UUID id) {
        return db.tx().write(() -> quotations.confirm(id));
    }

    /**
     * One quotation with its lines.
     *
     * @param id the quotation
     * @return it, or empty when the tenant has none with that id
     */
    @RequiresPermission("sales.read")
    public Optional<QuotationView> find(UUID id) {
        return db.tx().read(() -> quotations.find(id));
    }

    /**
     * The printable quotation, as {@code GET /quotations/{id}/pdf} serves it.
     *
     * @param id     the quotation
     * @param locale the reader's language
     * @return the PDF's bytes
     */
    @RequiresPermission("sales.read")
    public byte[] pdf(UUID id, Locale locale) {
        return db.tx().read(() -> {
            QuotationView q = quotations.find(id).orElseThrow(() -> ApiProblem.notFound("Quotation", id));
            String party = parties.find(q.partyId()).map(PartySummary::name).orElse("");
            return printer.print(new DocumentPrinter.Content(true, q.number(), party, q.date(), q.validUntil(), q.promisedDate(), q.currency(),
                    q.lines().stream().map(l -> new DocumentPrinter.Line(l.description(), l.quantity(), l.uom(), l.unitPrice(),
                            l.discount(), l.taxRate(), l.net())).toList(), q.subtotal(), q.tax(), q.total()), locale);
        });
    }

    /**
     * An opportunity a quotation may be made from.
     *
     * @param id the opportunity
     * @return it, or empty when pipeline is not on or the tenant has none with that id
     */
    @RequiresPermission("sales.read")
    public Optional<OpportunityLink.Opportunity> opportunity(UUID id) {
        OpportunityLink link = opportunities.getIfAvailable();
        return link == null ? Optional.empty() : db.tx().read(() -> link.find(id));
    }

    private static QuotationRequest request(Draft draft) {
        return new QuotationRequest(draft.partyId(), draft.contactId(), blankToNull(draft.currency()), draft.opportunityId(),
                null, draft.validUntil(), draft.promisedDate(), draft.lines() == null ? null : draft.lines().stream()
                .map(l -> l == null ? null : new QuotationRequest.LineRequest(l.productId(), null, l.quantity(),
                        blankToNull(l.uom()), l.unitPrice(), l.discount(), l.taxRate()))
                .toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
