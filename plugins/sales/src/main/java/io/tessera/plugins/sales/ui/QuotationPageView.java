package io.tessera.plugins.sales.ui;

import io.tessera.ui.kit.form.FieldErrorMarks;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import io.tessera.plugins.accounting.api.Postings;
import io.tessera.sdk.persistence.TenantJdbc;
import io.tessera.plugins.sales.common.OpportunityLink;
import io.tessera.plugins.sales.quotation.QuotationDesk;
import io.tessera.plugins.sales.quotation.QuotationView;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.ModuleServices;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.notify.Notifications;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A quotation: {@code sales/quotation/new} (optionally {@code ?opportunity=} or {@code ?party=}) opens an empty form,
 * {@code sales/quotation/<id>} the quotation. A draft is a form — customer, currency, validity, lines with the price
 * list's price and live totals, errors on the fields they concern — with Save, Send, Confirm and Cancel (Send and
 * Confirm save first); any other state shows the lines read-only. The PDF downloads in every state.
 */
public class QuotationPageView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final QuotationDesk desk;
    private final Parties parties;
    private final ModuleServices services;
    private final TenantJdbc db;
    private final boolean canWrite;
    private final FieldErrorMarks errors = new FieldErrorMarks(this, "sales");
    private final ProblemPanel problem = new ProblemPanel();
    private final QuotationButtons buttons;
    private QuotationHeader header;
    private QuotationLines lines;
    private QuotationView current;
    private UUID opportunityId;
    private String title = "";

    /**
     * The view as the shell creates it.
     *
     * @param desk     the quotations
     * @param parties  the customer picker
     * @param services catalog's products and prices, accounting's base currency
     * @param db       transactions for the catalog's reads
     * @param user     the signed-in user: without {@code sales.write} the actions are not offered
     */
    public QuotationPageView(QuotationDesk desk, Parties parties, ModuleServices services, TenantJdbc db, CurrentUser user) {
        this.desk = desk;
        this.parties = parties;
        this.services = services;
        this.db = db;
        this.canWrite = user.hasPermission(SalesUi.WRITE);
        setWidthFull();
        problem.setId("sales-quotation-problem");
        this.buttons = new QuotationButtons(this, desk, () -> current, this::save,
                failure -> problem.show(errors.show(Problem.of(failure))), this::show);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        current = null;
        opportunityId = null;
        if ("new".equals(parameter)) {
            QueryParameters query = event.getLocation().getQueryParameters();
            UUID opportunity = uuid(query.getSingleParameter("opportunity").orElse(null));
            UUID party = uuid(query.getSingleParameter("party").orElse(null));
            Optional<OpportunityLink.Opportunity> deal = opportunity == null ? Optional.empty() : desk.opportunity(opportunity);
            showForm(null, deal.orElse(null), deal.map(OpportunityLink.Opportunity::partyId).orElse(party));
            return;
        }
        UUID id = uuid(parameter);
        Optional<QuotationView> quotation;
        try {
            quotation = id == null ? Optional.empty() : desk.find(id);
        } catch (ApiProblem e) {
            quotation = Optional.empty();
        }
        quotation.ifPresentOrElse(this::show, this::showMissing);
    }

    private void show(QuotationView q) {
        current = q;
        opportunityId = q.opportunityId();
        if ("DRAFT".equals(q.state())) {
            showForm(q, null, q.partyId());
        } else {
            showReadOnly(q);
        }
    }

    private void showMissing() {
        removeAll();
        title = getTranslation("sales.quotation.title");
        add(new H2(title), new Paragraph(getTranslation("sales.quotation.missing")));
    }

    private void header(QuotationView q) {
        title = q == null ? getTranslation("sales.quotation.new") : getTranslation("sales.quotation.numbered", q.number());
        H2 heading = new H2(title);
        HorizontalLayout head = new HorizontalLayout(heading);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        if (q != null) {
            Span state = new Span(getTranslation("sales.state." + q.state()));
            state.getElement().getThemeList().add("badge");
            state.getElement().setAttribute("data-state", q.state());
            state.setId("sales-quotation-state");
            head.add(state);
        }
        add(head);
        UI.getCurrent().getPage().setTitle(title);
    }

    private void showForm(QuotationView q, OpportunityLink.Opportunity deal, UUID partyId) {
        removeAll();
        errors.clearBindings();
        problem.clear();
        header(q);
        TenantFormat format = TenantFormat.current();
        if (deal != null) {
            opportunityId = deal.id();
            Span from = new Span(getTranslation("sales.quotation.fromOpportunity",
                    deal.amount() == null ? "" : format.money(deal.amount(), deal.currency() == null ? base() : deal.currency())));
            from.setId("sales-quotation-opportunity");
            add(from);
        } else if (q != null && q.opportunityId() != null) {
            Span from = new Span(getTranslation("sales.quotation.linked"));
            from.setId("sales-quotation-opportunity");
            add(from);
        }
        add(problem);
        QuotationLines[] priced = new QuotationLines[1];
        header = new QuotationHeader(parties, errors, () -> {
            if (priced[0] != null) {
                priced[0].repriceAll();
            }
        });
        header.fill(q, partyId, q != null ? q.currency() : deal != null && deal.currency() != null ? deal.currency() : "",
                base(), opportunityId != null);
        lines = new QuotationLines(services, db, errors, header::partyId, this::currencyCode);
        priced[0] = lines;
        add(header, lines);
        lines.load(q == null ? List.of() : q.lines());
        add(actions(q));
    }

    /** Save for a writer; Send, Confirm, Cancel for a saved draft; the PDF once saved. */
    private HorizontalLayout actions(QuotationView q) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (!canWrite) {
            if (q != null) {
                actions.add(buttons.pdf(q));
            }
            return actions;
        }
        Button save = new Button(getTranslation("sales.quotation.save"), e -> save().ifPresent(saved -> {
            Notifications.success(getTranslation("sales.quotation.saved", saved.number()));
            if (q == null) {
                UI.getCurrent().navigate(SalesUi.QUOTATION_ROUTE + "/" + saved.id());
            } else {
                show(saved);
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("sales-quotation-save");
        actions.add(save);
        if (q != null) {
            actions.add(buttons.send(), buttons.confirm(), buttons.cancel(), buttons.pdf(q));
        }
        return actions;
    }

    private void showReadOnly(QuotationView q) {
        removeAll();
        problem.clear();
        header(q);
        String party = parties.find(q.partyId()).map(PartySummary::name).orElse("");
        String contact = q.contactId() == null ? null : parties.find(q.contactId()).map(PartySummary::name).orElse(null);
        add(QuotationReadOnly.summary(this, q, party, contact), problem, QuotationReadOnly.lines(this, q));
        Span totals = new Span(QuotationReadOnly.totals(this, q));
        totals.setId("sales-quotation-totals");
        totals.getStyle().set("font-weight", "600");
        add(totals);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (canWrite && "SENT".equals(q.state())) {
            actions.add(buttons.confirm());
        }
        if (canWrite && ("SENT".equals(q.state()) || "EXPIRED".equals(q.state()))) {
            actions.add(buttons.cancel());
        }
        if (q.orderId() != null) {
            Anchor order = new Anchor(SalesUi.ORDER_ROUTE + "/" + q.orderId(), getTranslation("sales.quotation.openOrder"));
            order.setId("sales-quotation-order");
            actions.add(order);
        }
        actions.add(buttons.pdf(q));
        add(actions);
    }

    private Optional<QuotationView> save() {
        problem.clear();
        QuotationDesk.Draft draft = new QuotationDesk.Draft(header.partyId(), header.contactId(), header.currency(), opportunityId,
                header.validUntil(), header.promisedDate(), lines.lines());
        try {
            QuotationView saved = current == null ? desk.create(draft) : desk.update(current.id(), draft);
            current = saved;
            return Optional.of(saved);
        } catch (ApiProblem e) {
            problem.show(errors.show(Problem.of(e)));
            return Optional.empty();
        }
    }

    private String currencyCode() {
        String typed = header == null || header.currency() == null ? "" : header.currency().strip().toUpperCase();
        if (typed.length() == 3) {
            try {
                return Currency.getInstance(typed).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                return base(); // not a currency: the save names the field
            }
        }
        return base();
    }

    private String base() {
        return services.find(Postings.class).map(p -> db.tx().read(p::baseCurrency))
                .orElseGet(() -> TenantFormat.current().baseCurrency().map(Currency::getCurrencyCode).orElse("EUR"));
    }

    private static UUID uuid(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null; // not an id: nothing to show
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
