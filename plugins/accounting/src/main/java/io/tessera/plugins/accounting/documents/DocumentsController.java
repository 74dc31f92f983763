package io.tessera.plugins.accounting.documents;

import io.tessera.plugins.accounting.invoicing.InvoiceRecords;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.security.RequiresPermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Invoice PDFs, sending them by mail, and the letterhead they are printed with. */
@RestController
@RequestMapping("/api/v1/accounting")
class DocumentsController {

    private final InvoiceDocuments documents;
    private final InvoiceMails mails;
    private final DocumentSettingsStore settings;
    private final InvoiceRecords invoices;
    private final TenantJdbc db;

    DocumentsController(InvoiceDocuments documents, InvoiceMails mails, DocumentSettingsStore settings, InvoiceRecords invoices,
                        TenantJdbc db) {
        this.invoices = invoices;
        this.documents = documents;
        this.mails = mails;
        this.settings = settings;
        this.db = db;
    }

    /** The document as a PDF ({@code lang} = {@code en} or {@code de}; default: the document settings' language). */
    // no `produces`: a refusal is problem+json whatever the client accepts
    @GetMapping("/invoices/{id}/pdf")
    @RequiresPermission("accounting.read")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String lang) {
        InvoiceDocuments.Pdf pdf = db.tx().write(() -> documents.pdf(id, lang));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(pdf.fileName()).build().toString())
                .body(pdf.bytes());
    }

    /**
     * The body of a send request.
     *
     * @param to       the recipient; default: the party's email
     * @param language {@code en} or {@code de}; default: the document settings' language
     */
    record SendBody(String to, String language) {
    }

    /** Queues the confirmed document for mailing with its PDF attached: 202 with the queued send. */
    @PostMapping("/invoices/{id}/send")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RequiresPermission("accounting.write")
    InvoiceMails.Send send(@PathVariable UUID id, @RequestBody(required = false) SendBody body) {
        SendBody b = body == null ? new SendBody(null, null) : body;
        return db.tx().write(() -> mails.queue(id, b.to(), b.language(), "INVOICE", null));
    }

    /** When and to whom the document was last sent ({@code null}s: never), and its mails (queued and sent), newest first. */
    @GetMapping("/invoices/{id}/sends")
    @RequiresPermission("accounting.read")
    Map<String, Object> sends(@PathVariable UUID id) {
        return db.tx().write(() -> {
            documents.pdfExists(id);
            Map<String, Object> result = new LinkedHashMap<>();
            Optional<InvoiceRecords.Sent> last = invoices.lastSent(id);
            result.put("sentAt", last.map(InvoiceRecords.Sent::at).orElse(null));
            result.put("sentTo", last.map(InvoiceRecords.Sent::to).orElse(null));
            result.put("items", mails.of(id));
            return result;
        });
    }

    /**
     * The editable document settings (see {@link DocumentSettings}); an omitted field is cleared, an omitted language is {@code en}.
     *
     * @param companyName  the name printed at the top
     * @param address      postal address, several lines
     * @param bankDetails  bank details for payments
     * @param paymentTerms payment terms
     * @param replyTo      the address replies go to
     * @param language     {@code en} or {@code de}
     */
    record SettingsBody(String companyName, String address, String bankDetails, String paymentTerms, String replyTo,
                        String language) {
    }

    @GetMapping("/document-settings")
    @RequiresPermission("accounting.read")
    DocumentSettings settings() {
        return db.tx().write(settings::current);
    }

    /** Replaces the letterhead and texts (the logo stays). */
    @PutMapping("/document-settings")
    @RequiresPermission("accounting.manage")
    DocumentSettings saveSettings(@RequestBody SettingsBody body) {
        return db.tx().write(() -> settings.save(new DocumentSettings(body.companyName(), body.address(), body.bankDetails(),
                body.paymentTerms(), body.replyTo(), body.language(), false, 0)));
    }

    /** Sets the logo: the request body is a PNG or JPEG image (at most 512 KiB). */
    @PutMapping(value = "/document-settings/logo", consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("accounting.manage")
    void saveLogo(@RequestBody byte[] image, @RequestHeader(HttpHeaders.CONTENT_TYPE) String type) {
        db.tx().write(() -> {
            settings.saveLogo(image, MediaType.parseMediaType(type).getType() + "/" + MediaType.parseMediaType(type).getSubtype());
            return null;
        });
    }

    @DeleteMapping("/document-settings/logo")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresPermission("accounting.manage")
    void removeLogo() {
        db.tx().write(() -> {
            settings.removeLogo();
            return null;
        });
    }

}
