package io.tessera.kernel.it;

import io.tessera.testkit.TesseraKernelExtension;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Works with the notes plugin's entity, whose class exists only inside the plugin jar. */
final class Notes {

    private final TesseraKernelExtension kernel;

    Notes(TesseraKernelExtension kernel) {
        this.kernel = kernel;
    }

    Class<?> type() {
        try {
            return kernel.context().getClassLoader().loadClass("io.tessera.plugins.notes.Note");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("notes plugin not loaded", e);
        }
    }

    /** Persists a note in the current transaction and returns its id. */
    UUID persist(String text) {
        try {
            Object note = type().getConstructor(String.class).newInstance(text);
            kernel.bean(EntityManager.class).persist(note);
            kernel.bean(EntityManager.class).flush();
            return (UUID) type().getMethod("getId").invoke(note);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
