package io.tessera.ui.app.parties;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.party.PartyRequest;
import io.tessera.kernel.party.PartyService;
import io.tessera.kernel.party.PartyStatus;
import io.tessera.kernel.party.PartyDetails;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.kit.form.EntityForm;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;

/**
 * Creates ({@code contacts/edit?kind=company|person}) or edits ({@code contacts/edit/<id>}) a party: names, the company
 * of a person, email, phone, web site, tax number, notes, roles, addresses and contact points. Invalid input is shown
 * on each field it concerns, the API's rules included; a saved party opens on its 360 page.
 */
@Route(value = "contacts/edit", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.PARTIES_WRITE)
public class PartyFormView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final List<String> COMMON_ROLES = List.of("customer", "supplier", "prospect", "partner", "employee");

    private final PartyService service;
    private String title = "";
    private EntityForm<PartyDraft> form;
    private AddressEditor addresses;
    private ContactPointEditor contactPoints;

    PartyFormView(PartyService service) {
        this.service = service;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        removeAll();
        PartyDetails existing = parameter == null ? null : load(parameter);
        String kind = existing != null ? existing.kind()
                : "person".equals(event.getLocation().getQueryParameters().getSingleParameter("kind").orElse(null))
                ? "person" : "company";
        PartySummary organization = existing == null || existing.organizationId() == null ? null
                : summary(service.get(existing.organizationId()));
        title = existing == null ? getTranslation("parties.form.new." + kind)
                : getTranslation("parties.form.edit", existing.name());
        add(new H2(title));
        build(kind, existing, organization);
    }

    private PartyDetails load(String parameter) {
        try {
            UUID id = UUID.fromString(parameter);
            return service.get(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No party " + parameter);
        } catch (ApiProblem e) {
            if (e.status() == HttpStatus.NOT_FOUND.value()) {
                throw new NotFoundException("No party " + parameter);
            }
            throw e;
        }
    }

    private void build(String kind, PartyDetails existing, PartySummary organization) {
        form = new EntityForm<>(PartyDraft.class);
        form.setId("party-form");
        boolean person = "person".equals(kind);
        TextField name = new TextField(getTranslation(person ? "parties.field.display-name" : "parties.field.name"));
        name.setId("party-name");
        if (person) {
            TextField given = new TextField(getTranslation("parties.field.given-name"));
            given.setId("party-given-name");
            TextField family = new TextField(getTranslation("parties.field.family-name"));
            family.setId("party-family-name");
            form.add(given, "givenName");
            form.add(family, "familyName");
            name.setHelperText(getTranslation("parties.field.display-name.help"));
            form.add(name, "name");
            ComboBox<PartySummary> company = new ComboBox<>(getTranslation("parties.field.company"));
            company.setId("party-company");
            company.setItemLabelGenerator(PartySummary::name);
            company.setItems(query -> service.window(query.getFilter().orElse(""), "company", null, PartyStatus.ACTIVE,
                    query.getOffset(), Math.min(query.getLimit(), 200), Sort.by("name")).stream().map(PartyFormView::summary));
            company.setClearButtonVisible(true);
            form.add(company, "organization");
        } else {
            name.setRequiredIndicatorVisible(true);
            form.getBinder().forField(name).asRequired(getTranslation("parties.field.name.required")).bind("name");
            form.addComponent(name);
        }
        TextField email = new TextField(getTranslation("parties.field.email"));
        email.setId("party-email");
        form.add(email, "email");
        TextField phone = new TextField(getTranslation("parties.field.phone"));
        form.add(phone, "phone");
        TextField website = new TextField(getTranslation("parties.field.website"));
        form.add(website, "website");
        TextField taxId = new TextField(getTranslation("parties.field.tax-id"));
        form.add(taxId, "taxId");
        MultiSelectComboBox<String> roles = new MultiSelectComboBox<>(getTranslation("parties.field.roles"));
        roles.setId("party-roles");
        TreeSet<String> known = new TreeSet<>(COMMON_ROLES);
        known.addAll(service.rolesInUse());
        if (existing != null) {
            known.addAll(existing.roles());
        }
        roles.setItems(known);
        roles.setItemLabelGenerator(r -> PartyLabels.role(this, r));
        form.add(roles, "roles");
        TextArea notes = new TextArea(getTranslation("parties.field.notes"));
        form.add(notes, "notes");
        addresses = new AddressEditor(getTranslation("parties.addresses"), getTranslation("parties.addresses.empty"),
                getTranslation("parties.addresses.add"));
        contactPoints = new ContactPointEditor(getTranslation("parties.contacts"), getTranslation("parties.contacts.empty"),
                getTranslation("parties.contacts.add"));
        addresses.getElement().setAttribute("colspan", "2");
        contactPoints.getElement().setAttribute("colspan", "2");
        form.addComponent(addresses);
        form.addComponent(contactPoints);
        if (existing != null) {
            addresses.setValues(existing.addresses());
            contactPoints.setValues(existing.contactPoints());
        }
        form.getSaveButton().setId("party-save");
        form.onSave(draft -> save(existing, draft));
        form.onCancel(() -> UI.getCurrent().navigate(existing == null ? "contacts" : "parties/" + existing.id()));
        form.edit(existing == null ? PartyDraft.of(kind) : PartyDraft.of(existing, organization));
        add(form);
    }

    private void save(PartyDetails existing, PartyDraft draft) {
        PartyRequest request = draft.toRequest(addresses.values(), contactPoints.values());
        PartyDetails saved;
        try {
            saved = existing == null ? service.create(request) : service.update(existing.id(), request);
        } catch (ApiProblem problem) {
            addresses.showErrors(problem);
            contactPoints.showErrors(problem);
            throw problem;
        }
        UI.getCurrent().navigate("parties/" + saved.id());
    }

    static PartySummary summary(PartyDetails party) {
        return new PartySummary(party.id(), party.kind(), party.name(), party.email(), party.organizationId(), party.phone());
    }

    /** The form, for tests. */
    EntityForm<PartyDraft> form() {
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
