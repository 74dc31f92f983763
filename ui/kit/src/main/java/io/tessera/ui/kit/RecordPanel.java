package io.tessera.ui.kit;

import com.vaadin.flow.component.Component;
import java.util.Objects;
import java.util.UUID;

/**
 * A panel a module contributes to another module's record page, e.g. sales' quotations and orders on pipeline's
 * opportunity page. The page's module names its record type and shows the panels contributed for it (through
 * {@link RecordPanels}); the contributing module needs no compile-time link to the page.
 *
 * <p>Record types in use: {@value #OPPORTUNITY} (pipeline's opportunity page).
 *
 * @param recordType the record type, {@code <moduleId>.<record>} of the module showing the page
 * @param titleKey   message key of the panel's title (the contributing module's)
 * @param permission the permission key a user needs to see the panel
 * @param factory    builds the panel for one record; called in the request's tenant scope
 * @param order      position on the page, ascending; ties keep module order
 */
public record RecordPanel(String recordType, String titleKey, String permission, Factory factory, int order) {

    /** Pipeline's opportunity page. */
    public static final String OPPORTUNITY = "pipeline.opportunity";

    /**
     * Validates the panel.
     *
     * @throws IllegalArgumentException if a key is blank
     * @throws NullPointerException     if the factory is null
     */
    public RecordPanel {
        Contracts.requireKey(recordType, "recordType");
        Contracts.requireKey(titleKey, "titleKey");
        Contracts.requireKey(permission, "permission");
        Objects.requireNonNull(factory, "factory");
    }

    /** Builds a record's panel. */
    @FunctionalInterface
    public interface Factory {
        /**
         * Creates the panel's content.
         *
         * @param recordId the id of a record of the current tenant, which the page has found
         * @return a new component
         */
        Component create(UUID recordId);
    }
}
