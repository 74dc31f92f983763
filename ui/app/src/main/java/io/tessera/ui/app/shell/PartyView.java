package io.tessera.ui.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.party.PartyDetails;
import io.tessera.kernel.party.PartyRequest;
import io.tessera.kernel.party.PartyService;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.app.parties.PartyLabels;
import io.tessera.ui.app.parties.PartyProblems;
import io.tessera.ui.app.security.UiSession;
import io.tessera.ui.kit.PartyPanel;
import io.tessera.ui.kit.layout.ContributionBoard;
import io.tessera.ui.kit.notify.Notifications;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;

/**
 * The customer-360 page of a party of the kernel's customer master: its headline (kind, roles, email, phone, an
 * "archived" mark), addresses and contact points, the people of a company, actions (edit, archive or restore, delete
 * — refused readably while records refer to it), then the panels the tenant's enabled modules contribute (open
 * opportunities, unpaid invoices, …). Another tenant's party, or an id that is not one, is not found.
 */
@Route(value = "parties", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.PARTIES_READ)
public class PartyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final int PEOPLE_SHOWN = 50;

    private final PartyService parties;
    private final ModuleViews moduleViews;
    private final UiSession session;
    private String title = "";

    PartyView(PartyService parties, ModuleViews moduleViews, UiSession session) {
        this.parties = parties;
        this.moduleViews = moduleViews;
        this.session = session;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No party " + parameter);
        }
        PartyDetails party;
        try {
            party = parties.get(id);
        } catch (ApiProblem e) {
            if (e.status() == HttpStatus.NOT_FOUND.value()) {
                throw new NotFoundException("No party " + parameter);
            }
            throw e;
        }
        show(party);
    }

    private void show(PartyDetails party) {
        removeAll();
        title = party.name();
        H2 heading = new H2(party.name());
        heading.setId("party-title");
        add(heading);
        if (party.archived()) {
            Span archived = new Span(getTranslation("party.archived"));
            archived.setId("party-archived");
            archived.getElement().getThemeList().add("badge contrast");
            add(archived);
        }
        String headline = Stream.of(getTranslation("party.kind." + party.kind()),
                        party.roles().isEmpty() ? null : PartyLabels.roles(this, party.roles()), party.email(), party.phone(),
                        party.website(), party.taxId() == null ? null : getTranslation("party.tax-id", party.taxId()))
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
        add(new Paragraph(headline));
        if (party.organizationId() != null) {
            PartyDetails company = parties.get(party.organizationId());
            add(new Paragraph(new Span(getTranslation("party.works-for") + " "),
                    new Anchor("parties/" + company.id(), company.name())));
        }
        if (session.can(KernelPermissions.PARTIES_WRITE)) {
            add(actions(party));
        }
        details(party);
        if ("company".equals(party.kind())) {
            add(people(party));
        }
        List<PartyPanel> panels = moduleViews.visiblePartyPanels();
        if (panels.isEmpty()) {
            add(new Paragraph(getTranslation("party.no-panels")));
        } else {
            add(ContributionBoard.ofPartyPanels(panels, party.id(), this::getTranslation));
        }
    }

    private HorizontalLayout actions(PartyDetails party) {
        Button edit = new Button(getTranslation("party.edit"), VaadinIcon.EDIT.create(),
                e -> UI.getCurrent().navigate("contacts/edit/" + party.id()));
        edit.setId("party-edit");
        Button archive = party.archived()
                ? new Button(getTranslation("party.restore"), e -> archive(party, false))
                : new Button(getTranslation("party.archive"), e -> archive(party, true));
        archive.setId(party.archived() ? "party-restore" : "party-archive");
        Button delete = new Button(getTranslation("party.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete(party));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("party-delete");
        HorizontalLayout actions = new HorizontalLayout(edit, archive, delete);
        actions.getStyle().set("flex-wrap", "wrap");
        return actions;
    }

    private void archive(PartyDetails party, boolean archive) {
        try {
            PartyDetails changed = archive ? parties.archive(party.id())
                    : parties.restore(party.id());
            Notifications.success(getTranslation(archive ? "party.archived.done" : "party.restored.done", party.name()));
            show(changed);
        } catch (RuntimeException e) {
            Notifications.error(e);
        }
    }

    private void confirmDelete(PartyDetails party) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("party.delete.title", party.name()));
        dialog.add(new Paragraph(getTranslation("party.delete.text")));
        Button confirm = new Button(getTranslation("party.delete"), e -> delete(dialog, party));
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.setId("party-delete-confirm");
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void delete(Dialog dialog, PartyDetails party) {
        try {
            parties.delete(party.id());
        } catch (ApiProblem e) {
            if (e.status() != HttpStatus.CONFLICT.value()) {
                dialog.close();
                Notifications.error(e);
                return;
            }
            showRefusal(dialog, party, PartyProblems.references(e));
            return;
        }
        dialog.close();
        Notifications.success(getTranslation("party.deleted", party.name()));
        UI.getCurrent().navigate("contacts");
    }

    private void showRefusal(Dialog dialog, PartyDetails party, List<PartyProblems.Reference> references) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        dialog.setHeaderTitle(getTranslation("party.refused.title", party.name()));
        UnorderedList list = new UnorderedList();
        list.setId("party-refusal");
        references.forEach(r -> list.add(new ListItem(getTranslation("party.refused.item", r.count(), r.kind(), r.moduleName()))));
        dialog.add(new Paragraph(getTranslation("party.refused.text")), list,
                new Paragraph(getTranslation("party.refused.archive")));
        Button archive = new Button(getTranslation("party.archive"), e -> {
            dialog.close();
            archive(party, true);
        });
        archive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        archive.setId("party-refusal-archive");
        archive.setVisible(!party.archived());
        Button close = new Button(getTranslation("common.close"), e -> dialog.close());
        dialog.getFooter().add(close, archive);
    }

    private void details(PartyDetails party) {
        if (!party.addresses().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (PartyRequest.Address a : party.addresses()) {
                String text = Stream.of(a.line1(), a.line2(), join(a.postalCode(), a.city()), a.region(), a.country())
                        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
                list.add(new ListItem(getTranslation("parties.address.kind." + a.kind()) + ": " + text));
            }
            add(new H3(getTranslation("parties.addresses")), list);
        }
        if (!party.contactPoints().isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (PartyRequest.ContactPoint c : party.contactPoints()) {
                list.add(new ListItem(getTranslation("parties.contact.kind." + c.kind()) + ": " + c.value()
                        + (c.label() == null ? "" : " (" + c.label() + ")")
                        + (c.preferred() ? " · " + getTranslation("parties.contact.preferred") : "")));
            }
            add(new H3(getTranslation("parties.contacts")), list);
        }
    }

    private VerticalLayout people(PartyDetails company) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("party-people");
        section.add(new H3(getTranslation("party.people")));
        List<PartyDetails> people = parties.peopleOf(company.id(), PEOPLE_SHOWN);
        if (people.isEmpty()) {
            section.add(new Paragraph(getTranslation("party.people.empty")));
        }
        UnorderedList list = new UnorderedList();
        for (PartyDetails person : people) {
            String extra = Stream.of(person.email(), person.phone(),
                            person.archived() ? getTranslation("parties.status.archived") : null)
                    .filter(Objects::nonNull).collect(Collectors.joining(" · "));
            list.add(new ListItem(new Anchor("parties/" + person.id(), person.name()),
                    new Span(extra.isEmpty() ? "" : " · " + extra)));
        }
        section.add(list);
        if (session.can(KernelPermissions.PARTIES_WRITE)) {
            section.add(new Anchor("contacts/edit?kind=person", getTranslation("parties.new.person")));
        }
        return section;
    }

    private static String join(String a, String b) {
        return Stream.of(a, b).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }

    @Override
    public String getPageTitle() {
        return Objects.requireNonNullElse(title, "") + " · " + getTranslation("app.name");
    }
}
