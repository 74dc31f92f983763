package io.tessera.ui.app.parties;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.party.PartyService;
import io.tessera.kernel.party.PartyStatus;
import io.tessera.kernel.party.PartyDetails;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.ui.app.security.UiSession;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.kit.format.TenantFormat;
import io.tessera.ui.kit.grid.EntityGrid;
import io.tessera.ui.kit.grid.EntityQuery;
import io.tessera.ui.kit.grid.EntitySource;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * Contacts and companies: a lazy grid of the tenant's parties, filtered by text, kind, role and status (active by
 * default, archived, all); a row opens the party's 360 page; new companies and people are created from here.
 */
@Route(value = "contacts", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.PARTIES_READ)
public class PartiesView extends VerticalLayout implements HasDynamicTitle {

    private static final String ANY = "";

    private final EntityGrid<PartyDetails> grid;
    private final Select<String> kind = new Select<>();
    private final Select<String> role = new Select<>();
    private final Select<PartyStatus> status = new Select<>();

    PartiesView(PartyService service, UiSession session) {
        setSizeFull();
        TenantFormat format = TenantFormat.current();
        grid = new EntityGrid<>(new EntitySource<>() {
            @Override
            public List<PartyDetails> fetch(EntityQuery query) {
                return service.window(query.filter(), kind.getValue(), role.getValue(), status.getValue(),
                        query.offset(), Math.min(query.limit(), 200), query.springSort());
            }

            @Override
            public long count(String filter) {
                return service.count(filter, kind.getValue(), role.getValue(), status.getValue());
            }
        });
        grid.setId("parties-grid");
        kind.setLabel(getTranslation("parties.filter.kind"));
        kind.setItems(ANY, "company", "person");
        kind.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("parties.filter.any") : getTranslation("party.kind." + k));
        kind.setValue(ANY);
        kind.setId("parties-kind");
        List<String> roles = new ArrayList<>();
        roles.add(ANY);
        roles.addAll(service.rolesInUse());
        role.setLabel(getTranslation("parties.filter.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> r.isEmpty() ? getTranslation("parties.filter.any") : PartyLabels.role(this, r));
        role.setValue(ANY);
        role.setId("parties-role");
        status.setLabel(getTranslation("parties.filter.status"));
        status.setItems(PartyStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("parties.status." + s.name().toLowerCase(java.util.Locale.ROOT)));
        status.setValue(PartyStatus.ACTIVE);
        status.setId("parties-status");
        grid.addFilter(kind);
        grid.addFilter(role);
        grid.addFilter(status);

        grid.addColumn(getTranslation("parties.column.name"), PartyDetails::name, "name").setFlexGrow(2);
        grid.addColumn(getTranslation("parties.column.kind"), p -> getTranslation("party.kind." + p.kind()));
        grid.addColumn(getTranslation("parties.column.email"), p -> p.email() == null ? "" : p.email());
        grid.addColumn(getTranslation("parties.column.phone"), p -> p.phone() == null ? "" : p.phone());
        grid.addColumn(getTranslation("parties.column.roles"), p -> PartyLabels.roles(this, p.roles()));
        grid.addColumn(getTranslation("parties.column.status"), p -> p.archived()
                ? getTranslation("parties.status.archived") : getTranslation("parties.status.active"));
        grid.addColumn(getTranslation("parties.column.updated"), p -> format.dateTime(p.updatedAt()), "updatedAt");
        grid.getGrid().setEmptyStateText(getTranslation("parties.empty"));
        grid.getGrid().setAriaLabel(getTranslation("parties.title"));
        grid.getGrid().addItemClickListener(e -> UI.getCurrent().navigate("parties/" + e.getItem().id()));
        grid.enableCsvExport("parties.csv");

        HorizontalLayout actions = new HorizontalLayout();
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.getStyle().set("flex-wrap", "wrap");
        if (session.can(KernelPermissions.PARTIES_WRITE)) {
            Button company = new Button(getTranslation("parties.new.company"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate("contacts/edit", QueryParameters.of("kind", "company")));
            company.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            company.setId("parties-new-company");
            Button person = new Button(getTranslation("parties.new.person"), VaadinIcon.PLUS.create(),
                    e -> UI.getCurrent().navigate("contacts/edit", QueryParameters.of("kind", "person")));
            person.setId("parties-new-person");
            actions.add(company, person);
        }
        add(new H2(getTranslation("parties.title")), actions, grid);
        setFlexGrow(1, grid);
    }

    /** The grid, for tests. */
    EntityGrid<PartyDetails> grid() {
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("parties.title") + " · " + getTranslation("app.name");
    }
}
