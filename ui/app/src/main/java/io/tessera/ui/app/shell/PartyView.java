package io.tessera.ui.app.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.ui.kit.PartyPanel;
import io.tessera.ui.kit.layout.ContributionBoard;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The customer-360 page of a party of the kernel's customer master: its headline, then the panels the
 * tenant's enabled modules contribute (open opportunities, unpaid invoices, …). Another tenant's party,
 * or an id that is not one, is not found.
 */
@Route(value = "parties", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.PARTIES_READ)
public class PartyView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final Parties parties;
    private final ModuleViews moduleViews;
    private String title = "";

    PartyView(Parties parties, ModuleViews moduleViews) {
        this.parties = parties;
        this.moduleViews = moduleViews;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        UUID id;
        try {
            id = UUID.fromString(parameter);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No party " + parameter);
        }
        PartySummary party = parties.find(id).orElseThrow(() -> new NotFoundException("No party " + parameter));
        removeAll();
        title = party.name();
        add(new H2(party.name()));
        add(new Paragraph(getTranslation("party.kind." + party.kind())
                + (party.email() == null ? "" : " · " + party.email())
                + (party.phone() == null ? "" : " · " + party.phone())));
        List<PartyPanel> panels = moduleViews.visiblePartyPanels();
        if (panels.isEmpty()) {
            add(new Paragraph(getTranslation("party.no-panels")));
        } else {
            add(ContributionBoard.ofPartyPanels(panels, party.id(), this::getTranslation));
        }
    }

    @Override
    public String getPageTitle() {
        return Objects.requireNonNullElse(title, "") + " · " + getTranslation("app.name");
    }
}
