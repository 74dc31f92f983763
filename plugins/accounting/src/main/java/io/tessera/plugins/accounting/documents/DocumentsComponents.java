package io.tessera.plugins.accounting.documents;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class DocumentsComponents {

    private DocumentsComponents() {
    }

    /** A class of the activities module's API: present on the server when activities is installed. */
    public static final String ACTIVITIES_API = "io.tessera.plugins.activities.api.Timeline";

    /**
     * The components that name the activities API: register them with {@code whenPresent(ACTIVITIES_API, ...)}.
     *
     * @return the classes
     */
    public static List<Class<?>> withActivities() {
        return List.of(ActivitiesSendNotes.class);
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(DocumentSettingsStore.class, InvoiceDocuments.class, InvoiceMails.class, InvoiceMailer.class, DocumentActions.class,
                DocumentsController.class);
    }
}
