package io.tessera.ui.kit;

import com.vaadin.flow.component.Component;
import java.util.Objects;
import java.util.UUID;

/**
 * A panel a module contributes to the customer-360 page of a party (a company or person of the
 * kernel's party master), e.g. the party's open opportunities or unpaid invoices.
 *
 * @param titleKey   message key of the panel's title
 * @param permission the permission key a user needs to see the panel
 * @param factory    builds the panel for one party; called in the request's tenant scope
 * @param order      position on the page, ascending; ties keep module order
 */
public record PartyPanel(String titleKey, String permission, Factory factory, int order) {

    /**
     * Validates the panel.
     *
     * @throws IllegalArgumentException if a key is blank
     * @throws NullPointerException     if the factory is null
     */
    public PartyPanel {
        Contracts.requireKey(titleKey, "titleKey");
        Contracts.requireKey(permission, "permission");
        Objects.requireNonNull(factory, "factory");
    }

    /** Builds a party's panel. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Creates the panel's content.
         *
         * @param partyId the id of a party of the current tenant (the shell has checked it exists)
         * @return a new component
         */
        Component create(UUID partyId);
    }
}
