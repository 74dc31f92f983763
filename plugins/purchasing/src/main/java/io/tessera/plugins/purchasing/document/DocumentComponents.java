package io.tessera.plugins.purchasing.document;

import java.util.List;

/** The components of this package, for the module declaration. */
public final class DocumentComponents {

    private DocumentComponents() {
    }

    /**
     * Component classes to register.
     *
     * @return the classes
     */
    public static List<Class<?>> all() {
        return List.of(OrderPdf.class, DocumentController.class);
    }
}
