package io.tessera.plugins.leads;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.plugins.leads.LeadRequests.ConvertRequest;
import io.tessera.plugins.leads.LeadViews.Conversion;
import io.tessera.plugins.leads.LeadViews.LeadView;
import io.tessera.sdk.CurrentUser;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.notify.Notifications;
import java.util.UUID;

/**
 * One lead: its fields, score and status, and the actions its status allows — qualify, disqualify
 * (with a reason) and convert (showing the company, person and opportunity it produced or linked).
 */
public class LeadDetailView extends VerticalLayout implements HasUrlParameter<String> {

    private final LeadService leads;
    private final ConversionService conversions;
    private final Div result = new Div();
    private final CurrentUser user;

    /**
     * Created by the shell.
     *
     * @param leads       the lead service
     * @param conversions the conversion service
     * @param user        the signed-in user (actions need {@code leads.write} / {@code leads.convert})
     */
    public LeadDetailView(LeadService leads, ConversionService conversions, CurrentUser user) {
        this.user = user;
        this.leads = leads;
        this.conversions = conversions;
        result.setId("lead-result");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        LeadView lead;
        try {
            lead = leads.get(UUID.fromString(parameter));
        } catch (RuntimeException e) {
            removeAll();
            add(new H2(getTranslation("leads.detail.notFound")));
            Notifications.error(e);
            return;
        }
        show(lead);
    }

    private void show(LeadView l) {
        removeAll();
        FormLayout fields = new FormLayout();
        fields.addFormItem(new Span(nz(l.company())), getTranslation("leads.field.company"));
        fields.addFormItem(new Span(nz(l.email())), getTranslation("leads.field.email"));
        fields.addFormItem(new Span(nz(l.phone())), getTranslation("leads.field.phone"));
        fields.addFormItem(new Span(nz(l.source())), getTranslation("leads.field.source"));
        Span score = new Span(String.valueOf(l.score()));
        score.setId("lead-score");
        fields.addFormItem(score, getTranslation("leads.field.score"));
        Span status = new Span(getTranslation("leads.status." + l.status())
                + (l.disqualifyReason() == null ? "" : " · " + l.disqualifyReason()));
        status.setId("lead-status");
        fields.addFormItem(status, getTranslation("leads.field.status"));
        fields.addFormItem(new Span(nz(l.message())), getTranslation("leads.field.message"));
        add(new H2(l.name()), fields, actions(l), result);
    }

    private HorizontalLayout actions(LeadView l) {
        boolean open = "new".equals(l.status()) || "qualified".equals(l.status());
        Button qualify = new Button(getTranslation("leads.action.qualify"), e -> run(() -> leads.qualify(l.id()), "leads.action.qualified"));
        qualify.setId("lead-qualify");
        boolean write = user.hasPermission(LeadsModule.WRITE);
        qualify.setEnabled(write && "new".equals(l.status()));
        Button disqualify = new Button(getTranslation("leads.action.disqualify"), e -> disqualify(l));
        disqualify.setId("lead-disqualify");
        disqualify.setEnabled(write && open);
        disqualify.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button convert = new Button(getTranslation("leads.action.convert"), e -> {
            try {
                conversions.differentlyNamedPerson(l.id()).ifPresentOrElse(person -> askToLink(l, person),
                        () -> convert(l, ConvertRequest.DEFAULTS));
            } catch (RuntimeException ex) {
                Notifications.error(ex);
            }
        });
        convert.setId("lead-convert");
        convert.setEnabled(user.hasPermission(LeadsModule.CONVERT) && open);
        convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(qualify, disqualify, convert);
    }

    private void convert(LeadView l, ConvertRequest request) {
        try {
            Conversion c = conversions.convert(l.id(), request);
            show(leads.get(l.id()));
            showConversion(c);
            Notifications.success(getTranslation("leads.action.converted", l.name()));
        } catch (RuntimeException ex) {
            Notifications.error(ex);
        }
    }

    /** The lead's email belongs to a person of another name: link only when the user says so. */
    private void askToLink(LeadView l, PartySummary person) {
        Dialog dialog = new Dialog();
        dialog.setId("lead-link-person");
        dialog.setHeaderTitle(getTranslation("leads.link.title"));
        dialog.add(new Span(getTranslation("leads.link.text", l.email(), person.name(), l.name())));
        Button link = new Button(getTranslation("leads.link.confirm", person.name()), e -> {
            dialog.close();
            convert(l, new ConvertRequest(null, person.id(), null, null, null, null, null));
        });
        link.setId("confirm-link");
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("leads.action.cancel"), e -> dialog.close()), link);
        dialog.open();
    }

    private void run(java.util.function.Supplier<LeadView> action, String doneKey) {
        try {
            LeadView updated = action.get();
            show(updated);
            Notifications.success(getTranslation(doneKey, updated.name()));
        } catch (RuntimeException ex) {
            Notifications.error(ex);
        }
    }

    private void disqualify(LeadView l) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("leads.disqualify.title", l.name()));
        TextArea reason = new TextArea(getTranslation("leads.disqualify.reason"));
        reason.setId("disqualify-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        dialog.add(reason);
        Button confirm = new Button(getTranslation("leads.action.disqualify"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("leads.disqualify.required"));
                return;
            }
            dialog.close();
            run(() -> leads.disqualify(l.id(), reason.getValue().strip()), "leads.action.disqualified");
        });
        confirm.setId("confirm-disqualify");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("leads.action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void showConversion(Conversion c) {
        result.removeAll();
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        lines.add(new Span(getTranslation(c.companyLinked() ? "leads.result.companyLinked" : "leads.result.companyCreated")));
        lines.add(new Anchor("parties/" + c.companyId(), getTranslation("leads.result.openCompany")));
        lines.add(new Span(getTranslation(c.personLinked() ? "leads.result.personLinked" : "leads.result.personCreated")));
        if (c.opportunityId() != null) {
            lines.add(new Anchor("pipeline/opportunity/" + c.opportunityId(), getTranslation("leads.result.openOpportunity")));
        } else {
            lines.add(new Span(getTranslation("leads.result.noOpportunity")));
        }
        result.add(lines);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
