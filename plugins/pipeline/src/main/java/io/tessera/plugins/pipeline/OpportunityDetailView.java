package io.tessera.plugins.pipeline;

import io.tessera.sdk.web.ApiProblem;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import io.tessera.plugins.pipeline.PipelineViews.HistoryView;
import io.tessera.plugins.pipeline.PipelineViews.OpportunityView;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.MemberSummary;
import io.tessera.sdk.Members;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.RecordPanel;
import io.tessera.ui.kit.RecordPanels;
import io.tessera.ui.kit.form.EntityForm;
import io.tessera.ui.kit.layout.ContributionBoard;
import io.tessera.ui.kit.notify.Notifications;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * One opportunity: the form to create ({@code pipeline/opportunity/new}, optionally {@code ?party=<id>})
 * or edit it (validated as the API validates; the company picked from the party master's companies, the owner
 * from the tenant's members), its status with Won and Lost (with a reason) while it is open, its stage
 * history, and the panels other modules contribute (sales' documents, activities' linked activities).
 */
public class OpportunityDetailView extends VerticalLayout implements HasUrlParameter<String> {

    private final OpportunityService opportunities;
    private final Parties parties;
    private final CurrentUser user;
    private final RecordPanels panels;
    private final Members members;

    /** ISO 4217 money currencies (no funds, metals or test codes), by code. */
    private static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .filter(c -> c.getDefaultFractionDigits() >= 0).map(Currency::getCurrencyCode)
            .filter(c -> !c.startsWith("X")).sorted().toList();

    /**
     * Created by the shell.
     *
     * @param opportunities opportunities
     * @param parties       the kernel's party master
     * @param user          the signed-in user (saving needs {@code pipeline.write})
     * @param panels        other modules' panels for the opportunity (e.g. sales' quotations and orders)
     * @param members       the tenant's members (the owner picker)
     */
    public OpportunityDetailView(OpportunityService opportunities, Parties parties, CurrentUser user, RecordPanels panels,
                                 Members members) {
        this.members = members;
        this.opportunities = opportunities;
        this.parties = parties;
        this.user = user;
        this.panels = panels;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        removeAll();
        if (parameter == null || "new".equals(parameter)) {
            OpportunityDraft draft = new OpportunityDraft();
            event.getLocation().getQueryParameters().getSingleParameter("party").map(OpportunityDetailView::uuid)
                    .flatMap(parties::find).filter(PartySummary::isCompany).ifPresent(draft::setCompany);
            user.id().map(me -> members.named(List.of(me)).get(me)).ifPresent(draft::setOwner);
            add(new H2(getTranslation("pipeline.detail.new")), form(draft, null));
            return;
        }
        UUID id = uuid(parameter);
        if (id == null) {
            notFound();
            return;
        }
        show(id);
    }

    private void notFound() {
        add(new H2(getTranslation("pipeline.detail.notFound")));
        Notifications.error(ApiProblem.notFound("Opportunity", null));
    }

    private void show(UUID id) {
        removeAll();
        OpportunityView o;
        try {
            o = opportunities.get(id);
        } catch (RuntimeException e) {
            add(new H2(getTranslation("pipeline.detail.notFound")));
            Notifications.error(e);
            return;
        }
        PartySummary company = parties.find(o.partyId()).orElse(null);
        MemberSummary owner = o.ownerId() == null ? null : members.named(List.of(o.ownerId())).get(o.ownerId());
        Span badge = new Span(getTranslation("pipeline.status." + o.status()));
        badge.getElement().getThemeList().add("badge " + switch (o.status()) {
            case "won" -> "success";
            case "lost" -> "error";
            default -> "contrast";
        });
        Span status = new Span(badge, new Span(" " + o.stage().name() + " · " + Formats.percent(o.probability())
                + (o.lostReason() == null ? "" : " · " + getTranslation("pipeline.detail.lostReason", o.lostReason()))));
        status.setId("opportunity-status");
        add(new H2(o.name()), status);
        if ("open".equals(o.status()) && user.hasPermission(PipelineModule.WRITE)) {
            add(outcomes(o));
        }
        add(form(OpportunityDraft.of(o, company, owner), o.id()),
                new H3(getTranslation("pipeline.detail.history")), history(o.id()));
        List<RecordPanel> contributed = panels.visible(RecordPanel.OPPORTUNITY);
        if (!contributed.isEmpty()) {
            add(ContributionBoard.ofRecordPanels(contributed, o.id(), this::getTranslation));
        }
    }

    /** Won and Lost (with a reason) for an open deal; the page shows the outcome afterwards. */
    private HorizontalLayout outcomes(OpportunityView o) {
        Button won = new Button(getTranslation("pipeline.action.won"), e -> {
            try {
                opportunities.win(o.id());
                Notifications.success(getTranslation("pipeline.action.wonDone", o.name()));
                show(o.id());
            } catch (RuntimeException ex) {
                Notifications.error(ex);
            }
        });
        won.setId("opportunity-won");
        won.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        Button lost = new Button(getTranslation("pipeline.action.lost"), e -> new LostDialog(o, reason -> {
            opportunities.lose(o.id(), reason);
            Notifications.success(getTranslation("pipeline.action.lostDone", o.name()));
            show(o.id());
        }).open());
        lost.setId("opportunity-lost");
        lost.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(won, lost);
    }

    private EntityForm<OpportunityDraft> form(OpportunityDraft draft, UUID id) {
        EntityForm<OpportunityDraft> form = new EntityForm<>(OpportunityDraft.class);
        form.setId("opportunity-form");
        form.add(new TextField(getTranslation("pipeline.field.name")), "name");
        ComboBox<PartySummary> company = new ComboBox<>(getTranslation("pipeline.field.company"));
        company.setId("opportunity-company");
        company.setItemLabelGenerator(PartySummary::name);
        company.setItems(query -> parties.searchCompanies(query.getFilter().orElse(""), query.getOffset(),
                Math.min(query.getLimit(), 200)).stream());
        company.setHelperText(getTranslation("pipeline.field.company.help"));
        form.add(company, "company");
        ComboBox<MemberSummary> owner = new ComboBox<>(getTranslation("pipeline.field.owner"));
        owner.setId("opportunity-owner");
        owner.setItemLabelGenerator(MemberSummary::name);
        owner.setItems(query -> members.search(query.getFilter().orElse(""), query.getOffset(),
                Math.min(query.getLimit(), 200)).stream());
        form.add(owner, "owner");
        BigDecimalField amount = new BigDecimalField(getTranslation("pipeline.field.amount"));
        amount.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_ALIGN_RIGHT);
        form.add(amount, "amount");
        ComboBox<String> currency = new ComboBox<>(getTranslation("pipeline.field.currency"));
        currency.setId("opportunity-currency");
        currency.setItems(CURRENCIES);
        currency.setItemLabelGenerator(code -> code + " · "
                + Currency.getInstance(code).getDisplayName(TenantFormat.current().locale()));
        form.add(currency, "currency");
        form.add(new DatePicker(getTranslation("pipeline.field.expectedCloseDate")), "expectedCloseDate");
        form.add(new TextField(getTranslation("pipeline.field.nextStep")), "nextStep");
        form.getSaveButton().setEnabled(user.hasPermission(PipelineModule.WRITE));
        form.onSave(d -> {
            WriteAccess.require(user, getTranslation("pipeline.noWrite"));
            OpportunityView saved = id == null ? opportunities.create(d.toRequest()) : opportunities.update(id, d.toRequest());
            Notifications.success(getTranslation("pipeline.detail.saved", saved.name()));
            getUI().ifPresent(ui -> ui.navigate(PipelineUi.DETAIL + "/" + saved.id()));
        });
        form.onCancel(() -> getUI().ifPresent(ui -> ui.navigate(PipelineUi.LIST)));
        form.edit(draft);
        return form;
    }

    private Grid<HistoryView> history(UUID id) {
        Grid<HistoryView> grid = new Grid<>();
        grid.setId("opportunity-history");
        grid.addColumn(h -> TenantFormat.current().dateTime(h.changedAt())).setHeader(getTranslation("pipeline.history.at"));
        grid.addColumn(HistoryView::toStageName).setHeader(getTranslation("pipeline.field.stage"));
        grid.addColumn(h -> getTranslation("pipeline.status." + h.status())).setHeader(getTranslation("pipeline.field.status"));
        grid.setItems(opportunities.history(id));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
