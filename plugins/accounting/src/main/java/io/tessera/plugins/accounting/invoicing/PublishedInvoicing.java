package io.tessera.plugins.accounting.invoicing;

import io.tessera.plugins.accounting.api.DocumentKind;
import io.tessera.plugins.accounting.api.DocumentStatus;
import io.tessera.plugins.accounting.api.DraftDocument;
import io.tessera.plugins.accounting.api.DraftLine;
import io.tessera.plugins.accounting.api.Invoicing;
import io.tessera.plugins.accounting.api.LineTax;
import io.tessera.plugins.accounting.api.PostingRole;
import io.tessera.plugins.accounting.chart.Account;
import io.tessera.plugins.accounting.chart.AccountRole;
import io.tessera.plugins.accounting.chart.Accounts;
import io.tessera.plugins.accounting.chart.SettingsStore;
import io.tessera.plugins.accounting.common.Referenced;
import io.tessera.sdk.web.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The published {@link Invoicing}: drafts with line sources and role accounts, confirmation and batch status, on top
 * of {@link Invoices} in the caller's transaction.
 */
class PublishedInvoicing implements Invoicing {

    private static final int MAX_IDS = 1000;

    private final Invoices invoices;
    private final Accounts accounts;
    private final SettingsStore settings;

    PublishedInvoicing(Invoices invoices, Accounts accounts, SettingsStore settings) {
        this.invoices = invoices;
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public DocumentStatus createDraft(DraftDocument draft) {
        if (draft == null) {
            throw ApiProblem.invalid("draft", "is required");
        }
        if (draft.kind() == null) {
            throw ApiProblem.invalid("kind", "is required");
        }
        String kind = draft.kind() == DocumentKind.CUSTOMER_INVOICE ? "customer" : "vendor";
        return create(kind, false, null, draft.partyId(), draft.currency(), draft.date(), draft.dueDate(), draft.lines());
    }

    @Override
    public DocumentStatus createCreditNote(UUID invoiceId, LocalDate date, List<DraftLine> lines) {
        if (invoiceId == null) {
            throw ApiProblem.invalid("invoiceId", "is required");
        }
        InvoiceView credited = invoices.find(invoiceId).orElseThrow(() -> Referenced.notFound("invoiceId", "Invoice", invoiceId));
        if (!"POSTED".equals(credited.state()) || credited.creditNote()) {
            throw ApiProblem.conflict("Only a confirmed invoice or bill can be credited; " + invoiceId + " is "
                    + (credited.creditNote() ? "a credit note" : "a draft"));
        }
        return create(credited.kind().toLowerCase(), true, invoiceId, credited.partyId(), credited.currency(), date, null, lines);
    }

    @Override
    public DocumentStatus confirm(UUID id) {
        if (id == null) {
            throw ApiProblem.invalid("id", "is required");
        }
        return status(invoices.post(id));
    }

    @Override
    public Map<UUID, DocumentStatus> statuses(Collection<UUID> ids) {
        if (ids.size() > MAX_IDS) {
            throw ApiProblem.invalid("ids", "must be at most " + MAX_IDS);
        }
        Map<UUID, DocumentStatus> result = new LinkedHashMap<>();
        invoices.headers(ids).forEach(v -> result.put(v.id(), status(v)));
        return result;
    }

    @Override
    public List<LineTax> resolveTaxes(DocumentKind kind, UUID partyId, LocalDate date, List<DraftLine> lines) {
        if (kind == null) {
            throw ApiProblem.invalid("kind", "is required");
        }
        if (lines == null || lines.isEmpty() || lines.size() > MAX_IDS) {
            throw ApiProblem.invalid("lines", "must have 1 to 1000 lines");
        }
        List<InvoiceBody.LineBody> bodies = new ArrayList<>(lines.size());
        for (DraftLine line : lines) {
            bodies.add(line == null ? null : new InvoiceBody.LineBody(line.description(), line.quantity(), line.unitPrice(),
                    line.taxRate(), null, line.taxCode(), line.categoryId()));
        }
        return invoices.resolveTaxes(kind == DocumentKind.CUSTOMER_INVOICE ? "customer" : "vendor", partyId, date, bodies).stream()
                .map(t -> new LineTax(t.code(), t.rate(), t.priceIncluded())).toList();
    }

    @Override
    public Map<String, BigDecimal> openReceivables(UUID partyId) {
        if (partyId == null) {
            throw ApiProblem.invalid("partyId", "is required");
        }
        return invoices.openReceivables(partyId);
    }

    private DocumentStatus create(String kind, boolean creditNote, UUID creditedId, UUID partyId, String currency, LocalDate date,
                                  LocalDate dueDate, List<DraftLine> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > 1000) {
            throw ApiProblem.invalid("lines", "must have 1 to 1000 lines");
        }
        Map<AccountRole, Account> roles = roleAccounts(lines);
        List<InvoiceBody.LineBody> bodies = new ArrayList<>(lines.size());
        List<Invoices.Source> sources = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            DraftLine line = lines.get(i);
            if (line == null) {
                throw ApiProblem.invalid("lines[" + i + "]", "is required");
            }
            String code = null;
            if (line.role() != null) {
                Account account = roles.get(AccountRole.valueOf(line.role().name()));
                if (account == null || !account.active()) {
                    throw ApiProblem.invalid("lines[" + i + "].role", "has no active account in the chart for "
                            + line.role().name().toLowerCase().replace('_', ' '));
                }
                code = account.code();
            }
            bodies.add(new InvoiceBody.LineBody(line.description(), line.quantity(), line.unitPrice(), line.taxRate(), code,
                    line.taxCode(), line.categoryId()));
            sources.add(line.source() == null ? null
                    : new Invoices.Source(line.source().module(), line.source().documentId(), line.source().lineId()));
        }
        InvoiceBody body = new InvoiceBody(kind, creditNote, creditedId, partyId, date, dueDate, currency, bodies, null);
        return status(invoices.createDraft(body, sources));
    }

    /** The chart's accounts for the roles the lines name, completing a chart seeded before its template had them. */
    private Map<AccountRole, Account> roleAccounts(List<DraftLine> lines) {
        Set<AccountRole> wanted = EnumSet.noneOf(AccountRole.class);
        for (DraftLine line : lines) {
            if (line != null && line.role() != null) {
                wanted.add(toRole(line.role()));
            }
        }
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<AccountRole, Account> byRole = accounts.roles();
        if (!byRole.keySet().containsAll(wanted)) {
            accounts.completeRoles(settings.lockForUpdate().chartTemplate());
            byRole = accounts.roles();
        }
        return byRole;
    }

    private static AccountRole toRole(PostingRole role) {
        return AccountRole.valueOf(role.name());
    }

    private static DocumentStatus status(InvoiceView v) {
        return new DocumentStatus(v.id(), "CUSTOMER".equals(v.kind()) ? DocumentKind.CUSTOMER_INVOICE : DocumentKind.VENDOR_BILL,
                v.creditNote(), v.creditedInvoiceId(), DocumentStatus.State.valueOf(v.state()), v.number(), v.partyId(), v.date(),
                v.currency(), v.total(), v.allocated(), v.open());
    }
}
