package io.tessera.sdk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Builds a module's {@link TesseraModule#components() component list}, with the components that need a class the
 * host may lack — the Vaadin UI kit, another module's published API — registered only where that class is present.
 *
 * <pre>{@code
 * public List<Class<?>> components() {
 *     return Components.of(NotesModule.class, NoteService.class, NotesController.class, NotesInstaller.class)
 *             .withUi(() -> List.of(NotesUi.class))
 *             .whenPresent("io.tessera.plugins.pipeline.api.OpportunityWon", () -> List.of(OpportunityWonNote.class))
 *             .list();
 * }
 * }</pre>
 *
 * <p>The supplier is called only when the class is present, so the classes it names are never loaded otherwise: a
 * plugin whose views implement the UI kit's interfaces still loads in a headless host, and a listener of an
 * optional module's events in a host without that module. Keep the names of such classes inside the supplier.
 */
public final class Components {

    /** A class of the Vaadin shell's UI kit: present only where the UI runs. */
    public static final String UI_KIT = "io.tessera.ui.kit.ModuleUi";

    private final ClassLoader loader;
    private final List<Class<?>> components = new ArrayList<>();

    private Components(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Starts a list with the components every host gets.
     *
     * @param module the module's declaration class; its class loader decides what is present
     * @param always components registered in every host
     * @return the builder
     */
    public static Components of(Class<? extends TesseraModule> module, Class<?>... always) {
        return of(module.getClassLoader()).add(always);
    }

    /**
     * Starts an empty list whose presence checks use the given class loader.
     *
     * @param loader the class loader that decides what is present (the plugin's)
     * @return the builder
     */
    public static Components of(ClassLoader loader) {
        return new Components(Objects.requireNonNull(loader, "loader"));
    }

    /**
     * Adds components registered in every host.
     *
     * @param more component classes
     * @return this builder
     */
    public Components add(Class<?>... more) {
        return addAll(Arrays.asList(more));
    }

    /**
     * Adds components registered in every host.
     *
     * @param more component classes
     * @return this builder
     */
    public Components addAll(Collection<? extends Class<?>> more) {
        for (Class<?> component : more) {
            components.add(Objects.requireNonNull(component, "component"));
        }
        return this;
    }

    /**
     * Adds the supplied components only when the named class is present in the plugin's class loader.
     *
     * @param className the fully qualified name of the class the components need
     * @param conditional supplies the components; called only when the class is present
     * @return this builder
     */
    public Components whenPresent(String className, Supplier<? extends Collection<? extends Class<?>>> conditional) {
        if (isPresent(className)) {
            addAll(conditional.get());
        }
        return this;
    }

    /**
     * Adds the supplied components only when the named class is absent: the stand-in for a component that
     * {@link #whenPresent} registers where it is present (say, an adapter to an optional module that answers
     * "nothing" in a host without that module).
     *
     * @param className the fully qualified name of the class
     * @param conditional supplies the components; called only when the class is absent
     * @return this builder
     */
    public Components whenAbsent(String className, Supplier<? extends Collection<? extends Class<?>>> conditional) {
        if (!isPresent(className)) {
            addAll(conditional.get());
        }
        return this;
    }

    /**
     * Adds the supplied components (views, navigation: the module's {@code ModuleUi}) only where the UI kit is
     * present, that is where the Vaadin shell runs.
     *
     * @param ui supplies the UI components; called only when the UI kit is present
     * @return this builder
     */
    public Components withUi(Supplier<? extends Collection<? extends Class<?>>> ui) {
        return whenPresent(UI_KIT, ui);
    }

    /**
     * Whether the named class can be loaded by the plugin's class loader (without initialising it).
     *
     * @param className a fully qualified class name
     * @return {@code true} when the class is present
     */
    public boolean isPresent(String className) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError absent) {
            return false;
        }
    }

    /**
     * The components, in the order added.
     *
     * @return an unmodifiable copy
     */
    public List<Class<?>> list() {
        return List.copyOf(components);
    }
}
