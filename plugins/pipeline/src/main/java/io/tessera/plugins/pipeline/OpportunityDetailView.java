package io.tessera.plugins.pipeline;

import io.tessera.sdk.web.ApiProblem;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.RecordPanel;
import io.tessera.ui.kit.RecordPanels;
import io.tessera.ui.kit.form.EntityForm;
import io.tessera.ui.kit.layout.ContributionBoard;
import io.tessera.ui.kit.notify.Notifications;
import java.util.List;
import java.util.UUID;

/**
 * One opportunity: the form to create ({@code pipeline/opportunity/new}, optionally {@code ?party=<id>})
 * or edit it (validated as the API validates, the company resolved by name in the party master), its
 * status, and its stage history.
 */
public class OpportunityDetailView extends VerticalLayout implements HasUrlParameter<String> {

    private final OpportunityService opportunities;
    private final Parties parties;
    private final CurrentUser user;
    private final RecordPanels panels;

    /**
     * Created by the shell.
     *
     * @param opportunities opportunities
     * @param parties       the kernel's party master
     * @param user          the signed-in user (saving needs {@code pipeline.write})
     * @param panels        other modules' panels for the opportunity (e.g. sales' quotations and orders)
     */
    public OpportunityDetailView(OpportunityService opportunities, Parties parties, CurrentUser user, RecordPanels panels) {
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
                    .flatMap(id -> id == null ? java.util.Optional.empty() : parties.find(id))
                    .ifPresent(p -> {
                        draft.setPartyId(p.id());
                        draft.setCompany(p.name());
                    });
            add(new H2(getTranslation("pipeline.detail.new")), form(draft, null));
            return;
        }
        UUID id = uuid(parameter);
        OpportunityView o;
        try {
            if (id == null) {
                throw ApiProblem.notFound("Opportunity", null);
            }
            o = opportunities.get(id);
        } catch (RuntimeException e) {
            add(new H2(getTranslation("pipeline.detail.notFound")));
            Notifications.error(e);
            return;
        }
        String company = parties.find(o.partyId()).map(PartySummary::name).orElse("");
        Span status = new Span(getTranslation("pipeline.status." + o.status()) + " · " + o.stage().name() + " · "
                + Formats.percent(o.probability()) + (o.lostReason() == null ? "" : " · " + o.lostReason()));
        status.setId("opportunity-status");
        add(new H2(o.name()), status, form(OpportunityDraft.of(o, company), o.id()),
                new H3(getTranslation("pipeline.detail.history")), history(o.id()));
        List<RecordPanel> contributed = panels.visible(RecordPanel.OPPORTUNITY);
        if (!contributed.isEmpty()) {
            add(ContributionBoard.ofRecordPanels(contributed, o.id(), this::getTranslation));
        }
    }

    private EntityForm<OpportunityDraft> form(OpportunityDraft draft, UUID id) {
        EntityForm<OpportunityDraft> form = new EntityForm<>(OpportunityDraft.class);
        form.setId("opportunity-form");
        form.add(new TextField(getTranslation("pipeline.field.name")), "name");
        form.add(new TextField(getTranslation("pipeline.field.company")), "company");
        form.add(new BigDecimalField(getTranslation("pipeline.field.amount")), "amount");
        form.add(new TextField(getTranslation("pipeline.field.currency")), "currency");
        form.add(new DatePicker(getTranslation("pipeline.field.expectedCloseDate")), "expectedCloseDate");
        form.add(new TextField(getTranslation("pipeline.field.nextStep")), "nextStep");
        form.getSaveButton().setEnabled(user.hasPermission(PipelineModule.WRITE));
        form.onSave(d -> {
            WriteAccess.require(user, getTranslation("pipeline.noWrite"));
            UUID party = resolveParty(d);
            OpportunityView saved = id == null ? opportunities.create(d.toRequest(party))
                    : opportunities.update(id, d.toRequest(party));
            Notifications.success(getTranslation("pipeline.detail.saved", saved.name()));
            getUI().ifPresent(ui -> ui.navigate(PipelineUi.DETAIL + "/" + saved.id()));
        });
        form.onCancel(() -> getUI().ifPresent(ui -> ui.navigate(PipelineUi.LIST)));
        form.edit(draft);
        return form;
    }

    /** The draft's party: kept when the company name is unchanged, else the one company of that name. */
    private UUID resolveParty(OpportunityDraft d) {
        String name = d.getCompany().strip();
        if (d.getPartyId() != null && parties.find(d.getPartyId()).map(p -> p.name().equals(name)).orElse(false)) {
            return d.getPartyId();
        }
        List<PartySummary> matches = parties.findCompaniesByName(name).stream()
                .filter(p -> p.name().equalsIgnoreCase(name)).toList();
        if (matches.size() != 1) {
            throw ApiProblem.invalid("company", getTranslation(matches.isEmpty()
                    ? "pipeline.detail.noCompany" : "pipeline.detail.severalCompanies", name));
        }
        return matches.getFirst().id();
    }

    private Grid<HistoryView> history(UUID id) {
        Grid<HistoryView> grid = new Grid<>();
        grid.setId("opportunity-history");
        grid.addColumn(h -> io.tessera.ui.kit.format.TenantFormat.current().dateTime(h.changedAt())).setHeader(getTranslation("pipeline.history.at"));
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
