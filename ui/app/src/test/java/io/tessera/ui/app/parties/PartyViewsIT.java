package io.tessera.ui.app.parties;

import static io.tessera.testsupport.browserless.KernelViews.button;
import static io.tessera.testsupport.browserless.KernelViews.component;
import static io.tessera.testsupport.browserless.KernelViews.currentView;
import static io.tessera.testsupport.browserless.KernelViews.find;
import static io.tessera.testsupport.browserless.KernelViews.items;
import static io.tessera.testsupport.browserless.KernelViews.labelled;
import static io.tessera.testsupport.browserless.KernelViews.menu;
import static io.tessera.testsupport.browserless.KernelViews.navigate;
import static io.tessera.testsupport.browserless.KernelViews.openDialog;
import static io.tessera.testsupport.browserless.KernelViews.texts;
import static io.tessera.testsupport.browserless.KernelViews.textsUnder;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.kernel.access.Roles;
import io.tessera.kernel.party.PartyService;
import io.tessera.kernel.party.PartyStatus;
import io.tessera.kernel.party.PartyDetails;
import io.tessera.sdk.TenantRef;
import io.tessera.sdk.party.PartySummary;
import io.tessera.testkit.TesseraKernelExtension;
import io.tessera.testsupport.browserless.KernelViews;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.domain.Sort;

/**
 * Contacts and companies through the real views (browserless, on PostgreSQL as the application role): the list in
 * the navigation with its empty state and filters; the form creates a company with roles and an address and a person
 * working for it, shows every invalid field (the bean's rules and the API's, on the address row they concern) and
 * saves nothing invalid; edits; the company's 360 page lists its people; deleting a company that a person refers to
 * shows the readable refusal and changes nothing, archive hides it from the list, and a party nothing refers to is
 * deleted.
 */
class PartyViewsIT {

    static final String PASSWORD = "correct-horse-battery-9";

    @RegisterExtension
    static final TesseraKernelExtension KERNEL = TesseraKernelExtension.builder().build();

    static final KernelViews VIEWS = new KernelViews(KERNEL);

    static TenantRef tenant;
    static UUID admin;
    static UUID member;

    @BeforeAll
    static void setUp() {
        tenant = KERNEL.createTenant("contacts");
        admin = KERNEL.createUser("admin@contacts.test", PASSWORD, Set.of(Roles.ADMIN), tenant);
        member = KERNEL.createUser("member@contacts.test", PASSWORD, Set.of(Roles.MEMBER), tenant);
    }

    @Test
    void createEditValidateArchiveAndDeleteThroughTheViews() {
        VIEWS.asUser(tenant, admin, "admin@contacts.test", Roles.ADMIN, () -> {
            PartyService service = KERNEL.bean(PartyService.class);
            navigate(PartiesView.class);
            assertThat(menu()).contains("Contacts and companies");
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Contacts and companies · Tessera");
            PartiesView list = (PartiesView) currentView();
            assertThat(items(list.grid().getGrid())).isEmpty();
            assertThat(list.grid().getGrid().getEmptyStateText()).contains("New company");

            // a company: required name and a bad email are shown on their fields, nothing is saved
            button("parties-new-company").click();
            assertThat(currentView()).isInstanceOf(PartyFormView.class);
            assertThat(texts()).contains("New company");
            TextField email = component(TextField.class, "party-email");
            email.setValue("not-an-email");
            button("party-save").click();
            assertThat(component(TextField.class, "party-name").isInvalid()).isTrue();
            assertThat(email.isInvalid()).isTrue();
            assertThat(service.count("", null, null, PartyStatus.ALL)).isZero();

            component(TextField.class, "party-name").setValue("Umbrella Corp");
            email.setValue("info@umbrella.test");
            @SuppressWarnings("unchecked")
            MultiSelectComboBox<String> roles = component(MultiSelectComboBox.class, "party-roles");
            roles.setValue(Set.of("customer"));
            button("addresses-add").click();
            labelled(TextField.class, "Street and number").setValue("1 Hive Road");
            labelled(TextField.class, "City").setValue("Raccoon City");
            TextField country = labelled(TextField.class, "Country");
            country.setValue("Germany");
            button("party-save").click();
            // the API's rule on the address row: shown on that row's field, nothing saved, input kept
            assertThat(country.isInvalid()).as("the country of the address row is named").isTrue();
            assertThat(country.getErrorMessage()).contains("ISO 3166-1");
            assertThat(service.count("", null, null, PartyStatus.ALL)).isZero();
            assertThat(component(TextField.class, "party-name").getValue()).isEqualTo("Umbrella Corp");

            country.setValue("DE");
            button("party-save").click();
            PartyDetails company = only(service, "Umbrella");
            assertThat(company.roles()).containsExactly("customer");
            assertThat(company.addresses()).singleElement().satisfies(a -> assertThat(a.country()).isEqualTo("DE"));
            assertThat(currentView()).isInstanceOf(io.tessera.ui.app.shell.PartyView.class);
            assertThat(texts()).contains("Umbrella Corp", "No people are linked to this company yet.");
            assertThat(String.join(" ", texts())).contains("Customer", "Billing: 1 Hive Road, Raccoon City, DE");

            // a person working for it
            navigate("contacts/edit?kind=person");
            assertThat(texts()).contains("New person");
            component(TextField.class, "party-given-name").setValue("Jill");
            component(TextField.class, "party-family-name").setValue("Valentine");
            @SuppressWarnings("unchecked")
            ComboBox<PartySummary> works = component(ComboBox.class, "party-company");
            works.setValue(PartyFormView.summary(company));
            button("party-save").click();
            PartyDetails jill = only(service, "Jill");
            assertThat(jill.name()).isEqualTo("Jill Valentine");
            assertThat(jill.organizationId()).isEqualTo(company.id());
            assertThat(texts()).contains("Jill Valentine", "Works for", "Umbrella Corp");

            // the company's 360 page lists its people; edit renames it
            navigate("parties/" + company.id());
            assertThat(textsUnder(component(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, "party-people")))
                    .contains("Jill Valentine");
            button("party-edit").click();
            assertThat(currentView()).isInstanceOf(PartyFormView.class);
            assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Edit Umbrella Corp · Tessera");
            component(TextField.class, "party-name").setValue("Umbrella Corporation");
            button("party-save").click();
            assertThat(service.get(company.id()).name()).isEqualTo("Umbrella Corporation");
            assertThat(service.get(company.id()).addresses()).as("the address is kept").hasSize(1);

            // deleting it is refused readably and changes nothing; archive instead
            button("party-delete").click();
            openDialog();
            button("party-delete-confirm").click();
            assertThat(textsUnder(component(UnorderedList.class, "party-refusal"))).containsExactly("1 people of this company (Parties)");
            assertThat(service.get(company.id()).name()).isEqualTo("Umbrella Corporation");
            assertThat(service.get(jill.id()).organizationId()).isEqualTo(company.id());
            button("party-refusal-archive").click();
            assertThat(service.get(company.id()).archived()).isTrue();
            assertThat(component(com.vaadin.flow.component.html.Span.class, "party-archived").getText()).isEqualTo("Archived");

            // the list hides archived parties by default and filters by kind, role and status
            navigate(PartiesView.class);
            PartiesView parties = (PartiesView) currentView();
            assertThat(names(parties)).containsExactly("Jill Valentine");
            @SuppressWarnings("unchecked")
            Select<PartyStatus> status = component(Select.class, "parties-status");
            status.setValue(PartyStatus.ARCHIVED);
            assertThat(names(parties)).containsExactly("Umbrella Corporation");
            status.setValue(PartyStatus.ALL);
            @SuppressWarnings("unchecked")
            Select<String> kind = component(Select.class, "parties-kind");
            kind.setValue("company");
            assertThat(names(parties)).containsExactly("Umbrella Corporation");
            kind.setValue("");
            @SuppressWarnings("unchecked")
            Select<String> role = component(Select.class, "parties-role");
            role.setValue("customer");
            assertThat(names(parties)).containsExactly("Umbrella Corporation");

            // a person nothing refers to is deleted
            navigate("parties/" + jill.id());
            button("party-delete").click();
            openDialog();
            button("party-delete-confirm").click();
            assertThat(currentView()).isInstanceOf(PartiesView.class);
            assertThat(service.count("Jill", null, null, PartyStatus.ALL)).isZero();
        });
    }

    @Test
    void anUnknownPartyIsNotFoundInsideTheShell() {
        VIEWS.asUser(tenant, admin, "admin@contacts.test", Roles.ADMIN, () -> {
            navigate("contacts/edit/" + UUID.randomUUID());
            assertThat(currentView()).isNotInstanceOf(PartyFormView.class);
            assertThat(texts()).contains("Page not available");
            navigate("parties/not-a-uuid");
            assertThat(texts()).contains("Page not available");
        });
    }

    private static List<String> names(PartiesView view) {
        List<PartyDetails> rows = items(view.grid().getGrid());
        return rows.stream().map(PartyDetails::name).toList();
    }

    private static PartyDetails only(PartyService service, String text) {
        List<PartyDetails> found = service.window(text, null, null, PartyStatus.ALL, 0, 10, Sort.by("name"));
        assertThat(found).hasSize(1);
        return found.getFirst();
    }
}
