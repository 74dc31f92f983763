package io.tessera.plugins.accounting.documents;

import io.tessera.plugins.accounting.invoicing.InvoiceRecords;
import io.tessera.plugins.accounting.invoicing.InvoiceView;
import io.tessera.sdk.CurrentTenant;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.web.ApiProblem;
import java.util.UUID;

/** Renders a document of the current tenant as a PDF, in a language. Call inside a transaction. */
public class InvoiceDocuments {

    private final InvoiceRecords invoices;
    private final Parties parties;
    private final DocumentSettingsStore settings;
    private final CurrentTenant tenant;

    InvoiceDocuments(InvoiceRecords invoices, Parties parties, DocumentSettingsStore settings, CurrentTenant tenant) {
        this.invoices = invoices;
        this.parties = parties;
        this.settings = settings;
        this.tenant = tenant;
    }

    /**
     * A rendered document.
     *
     * @param fileName e.g. {@code INV-000001.pdf}
     * @param bytes    the PDF
     */
    public record Pdf(String fileName, byte[] bytes) {
    }

    /**
     * The PDF of an invoice, bill or credit note.
     *
     * @param id       the document
     * @param language {@code en} or {@code de}, or {@code null} for the tenant's default
     * @return the PDF
     * @throws ApiProblem 404 for an unknown document, 422 (field {@code lang}) for another language
     */
    public Pdf pdf(UUID id, String language) {
        InvoiceView invoice = invoices.find(id).orElseThrow(() -> ApiProblem.notFound("Invoice", id));
        return pdf(invoice, language);
    }

    Pdf pdf(InvoiceView invoice, String language) {
        DocumentSettings letterhead = settings.current();
        String lang = language == null ? letterhead.language() : language;
        if (!DocumentSettingsStore.LANGUAGES.contains(lang)) {
            throw ApiProblem.invalid("lang", "must be en or de");
        }
        byte[] logo = letterhead.logo() ? settings.logo().map(DocumentSettingsStore.Logo::bytes).orElse(null) : null;
        InvoicePdf.Input input = new InvoicePdf.Input(invoice, parties.find(invoice.partyId()).orElse(null), letterhead,
                tenant.require().slug(), logo);
        byte[] bytes = InvoicePdf.render(input, new DocumentText(lang));
        String name = invoice.number() == null ? "draft-" + invoice.id() : invoice.number();
        return new Pdf(name + ".pdf", bytes);
    }

    /** Refuses (404) an id that is no document of the current tenant. */
    void pdfExists(UUID id) {
        invoices.find(id).orElseThrow(() -> ApiProblem.notFound("Invoice", id));
    }

    /** The name the documents are signed with: the configured company name, else the tenant's slug. */
    String companyName() {
        String name = settings.current().companyName();
        return name == null ? tenant.require().slug() : name;
    }
}
