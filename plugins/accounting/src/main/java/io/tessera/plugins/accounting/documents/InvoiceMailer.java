package io.tessera.plugins.accounting.documents;

import io.tessera.plugins.accounting.invoicing.InvoiceRecords;
import io.tessera.plugins.accounting.invoicing.InvoiceView;
import io.tessera.sdk.event.DomainEventListener;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends a queued invoice mail with the PDF attached, from the outbox (after the queuing transaction committed, retried
 * with back-off while the mail server refuses). The send row is locked and checked first, so a redelivered event
 * sends nothing again; it is marked sent, with the invoice, in the transaction that also removes the outbox row. The
 * Message-ID is the send's id, so should a crash fall between the mail server's acceptance and that commit, the one
 * repeat the outbox makes carries the same Message-ID and mail clients show it once.
 */
class InvoiceMailer implements DomainEventListener<InvoiceMailQueued> {

    private static final Logger log = LoggerFactory.getLogger(InvoiceMailer.class);

    private final InvoiceMails mails;
    private final InvoiceRecords invoices;
    private final InvoiceDocuments documents;
    private final DocumentSettingsStore settings;
    private final Parties parties;
    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<SendNotes> notes;
    private final String from;

    InvoiceMailer(InvoiceMails mails, InvoiceRecords invoices, InvoiceDocuments documents, DocumentSettingsStore settings,
                  Parties parties, ObjectProvider<JavaMailSender> mail, ObjectProvider<SendNotes> notes,
                  @Value("${tessera.mail.from:no-reply@localhost}") String from) {
        this.mails = mails;
        this.invoices = invoices;
        this.documents = documents;
        this.settings = settings;
        this.parties = parties;
        this.mail = mail;
        this.notes = notes;
        this.from = from;
    }

    @Override
    public Class<InvoiceMailQueued> eventType() {
        return InvoiceMailQueued.class;
    }

    @Override
    public void on(InvoiceMailQueued event) {
        Optional<InvoiceMails.Send> found = mails.lock(event.sendId());
        if (found.isEmpty()) {
            log.info("Invoice mail {} no longer exists (its data was erased); nothing to send", event.sendId());
            return;
        }
        InvoiceMails.Send send = found.get();
        if ("SENT".equals(send.state())) {
            return; // delivered before: the event was delivered again
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("Mail is not configured (spring.mail.host); invoice mail " + send.id() + " waits");
        }
        InvoiceView invoice = invoices.find(send.invoiceId()).orElseThrow();
        InvoiceDocuments.Pdf pdf = documents.pdf(invoice, send.language());
        Optional<PartySummary> party = parties.find(invoice.partyId());
        DocumentText text = new DocumentText(send.language());
        String company = documents.companyName();
        String documentName = text.label(InvoicePdf.titleKey(invoice));
        String subject = send.subject() != null ? send.subject()
                : text.label("accounting.mail.subject", documentName, invoice.number(), company);
        String body = send.body() != null ? send.body()
                : text.label("accounting.mail.body", party.map(PartySummary::name).orElse(""), documentName, invoice.number(),
                        text.date(invoice.date()), text.amount(invoice.total(), invoice.currency()), invoice.currency(),
                        text.date(invoice.dueDate()), company);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from, company);
            helper.setTo(send.to());
            String replyTo = settings.current().replyTo();
            if (replyTo != null) {
                helper.setReplyTo(replyTo);
            }
            helper.setSubject(subject);
            helper.setText(body);
            helper.addAttachment(pdf.fileName(), new ByteArrayResource(pdf.bytes()), "application/pdf");
            message.setHeader("Message-ID", "<" + send.id() + "@tessera.invoice>");
            sender.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("Cannot build invoice mail " + send.id(), e);
        }
        Instant now = Instant.now();
        mails.markSent(send.id(), now);
        invoices.recordSent(invoice.id(), send.to(), now);
        SendNotes timeline = notes.getIfAvailable();
        if (timeline != null) {
            timeline.sent(invoice.partyId(), send.id(), subject, send.to(), now);
        }
    }
}
