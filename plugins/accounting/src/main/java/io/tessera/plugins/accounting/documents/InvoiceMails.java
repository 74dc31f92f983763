package io.tessera.plugins.accounting.documents;

import io.tessera.plugins.accounting.invoicing.InvoiceRecords;
import io.tessera.plugins.accounting.invoicing.InvoiceView;
import io.tessera.sdk.event.EventPublisher;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.persistence.Ids;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.sdk.web.ApiProblem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Queues invoice mails through the kernel's outbox: a row in {@code acc_invoice_sends} and an
 * {@link InvoiceMailQueued} event, written in the caller's transaction, so a mail is queued exactly when the request
 * commits and is then delivered (and retried) by the outbox. Call inside a transaction.
 */
public class InvoiceMails {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final TenantJdbc db;
    private final InvoiceRecords invoices;
    private final Parties parties;
    private final DocumentSettingsStore settings;
    private final EventPublisher events;
    private final ObjectProvider<JavaMailSender> mail;
    private final java.util.function.Supplier<String> companyName;

    InvoiceMails(TenantJdbc db, InvoiceRecords invoices, Parties parties, DocumentSettingsStore settings, EventPublisher events,
                 ObjectProvider<JavaMailSender> mail, io.tessera.sdk.CurrentTenant tenant) {
        this.companyName = () -> {
            String name = settings.current().companyName();
            return name == null ? tenant.require().slug() : name;
        };
        this.db = db;
        this.invoices = invoices;
        this.parties = parties;
        this.settings = settings;
        this.events = events;
        this.mail = mail;
    }

    /**
     * A send as the API shows it.
     *
     * @param id           the send
     * @param invoiceId    the document sent
     * @param purpose      {@code INVOICE} or {@code DUNNING}
     * @param to           the recipient
     * @param language     {@code en} or {@code de}
     * @param state        {@code QUEUED} or {@code SENT}
     * @param requestedAt  when it was queued
     * @param sentAt       when the mail server accepted it, or {@code null}
     * @param dunningLevel a reminder's level, or {@code null}
     * @param subject      a reminder's subject, or {@code null} for the invoice mail's
     * @param body         a reminder's text, or {@code null} for the invoice mail's
     */
    public record Send(UUID id, UUID invoiceId, String purpose, String to, String language, String state, Instant requestedAt,
                Instant sentAt, Integer dunningLevel, String subject, String body) {
    }

    /**
     * Queues the confirmed document {@code invoiceId} to {@code to} (default: the party's email).
     *
     * @param purpose {@code INVOICE} or {@code DUNNING}
     * @param level   the dunning level, for a reminder
     */
    Send queue(UUID invoiceId, String to, String language, String purpose, Integer level) {
        return queue(invoiceId, to, language, purpose, level, null, null);
    }

    /**
     * Queues a document's mail, with its own subject and text (a reminder's), or {@code null} for the invoice mail's.
     *
     * @param invoiceId the confirmed document
     * @param to        the recipient, or {@code null} for the party's email
     * @param language  {@code en} or {@code de}, or {@code null} for the tenant's default
     * @param purpose   {@code INVOICE} or {@code DUNNING}
     * @param level     a reminder's level, or {@code null}
     * @param subject   the subject, or {@code null}
     * @param body      the text, or {@code null}
     * @return the queued send
     * @throws io.tessera.sdk.web.ApiProblem 404 unknown document, 409 draft or no mail server, 422 naming {@code to} or {@code language}
     */
    public Send queue(UUID invoiceId, String to, String language, String purpose, Integer level, String subject, String body) {
        if (mail.getIfAvailable() == null) {
            throw ApiProblem.conflict("Mail is not configured on this server (spring.mail.host); nothing was queued");
        }
        InvoiceView invoice = invoices.lock(invoiceId).orElseThrow(() -> ApiProblem.notFound("Invoice", invoiceId));
        if (!"POSTED".equals(invoice.state())) {
            throw ApiProblem.conflict("A draft cannot be sent; confirm it first");
        }
        String recipient = to == null || to.isBlank() ? null : to.strip();
        if (recipient == null) {
            recipient = parties.find(invoice.partyId()).map(PartySummary::email).orElse(null);
            if (recipient == null) {
                throw ApiProblem.invalid("to", "is required: the party has no email address");
            }
        }
        if (recipient.length() > 320 || !EMAIL.matcher(recipient).matches()) {
            throw ApiProblem.invalid("to", "is not an email address");
        }
        String lang = language == null ? settings.current().language() : language;
        if (!DocumentSettingsStore.LANGUAGES.contains(lang)) {
            throw ApiProblem.invalid("language", "must be en or de");
        }
        UUID id = Ids.newId();
        Instant now = Instant.now();
        db.sql().sql("insert into acc_invoice_sends (tenant_id, id, invoice_id, purpose, recipient, language, state, requested_at, "
                        + "dunning_level, subject, body) values (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?)")
                .params(db.tenant(), id, invoiceId, purpose, recipient, lang, now.atOffset(ZoneOffset.UTC), level, subject, body)
                .update();
        events.publish(new InvoiceMailQueued(id));
        return new Send(id, invoiceId, purpose, recipient, lang, "QUEUED", now, null, level, subject, body);
    }

    /**
     * The language documents and mails use when none is asked for.
     *
     * @return {@code en} or {@code de}
     */
    public String defaultLanguage() {
        return settings.current().language();
    }

    /**
     * The name documents and mails are signed with.
     *
     * @return the configured company name, else the tenant's slug
     */
    public String companyName() {
        return companyName.get();
    }

    /** The sends of a document, newest first. */
    List<Send> of(UUID invoiceId) {
        return db.sql().sql(SELECT + " and invoice_id = ? order by requested_at desc, id desc")
                .params(db.tenant(), invoiceId).query(InvoiceMails::send).list();
    }

    /** A send, row-locked until the transaction ends. */
    Optional<Send> lock(UUID id) {
        return db.sql().sql(SELECT + " and id = ? for update").params(db.tenant(), id).query(InvoiceMails::send).optional();
    }

    void markSent(UUID id, Instant at) {
        db.sql().sql("update acc_invoice_sends set state = 'SENT', sent_at = ? where tenant_id = ? and id = ?")
                .params(at.atOffset(ZoneOffset.UTC), db.tenant(), id).update();
    }

    private static final String SELECT = "select id, invoice_id, purpose, recipient, language, state, requested_at, sent_at, "
            + "dunning_level, subject, body from acc_invoice_sends where tenant_id = ?";

    private static Send send(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        OffsetDateTime sent = rs.getObject(8, OffsetDateTime.class);
        Integer level = rs.getObject(9, Integer.class);
        return new Send(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                sent == null ? null : sent.toInstant(), level, rs.getString(10), rs.getString(11));
    }
}
