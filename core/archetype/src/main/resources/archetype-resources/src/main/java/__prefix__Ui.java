package ${package};

import com.vaadin.flow.component.icon.VaadinIcon;
import io.tessera.sdk.ModuleCategory;
import io.tessera.ui.kit.ModuleUi;
import io.tessera.ui.kit.NavGroup;
import io.tessera.ui.kit.NavItem;
import java.util.List;

/**
 * The module's contribution to the Vaadin shell: the list and, opened from it, the form. Registered only where
 * the UI kit is present ({@link ${prefix}Module#components()}); the shell shows it to tenants that enabled the
 * module, to users holding the permission.
 */
public class ${prefix}Ui implements ModuleUi {

    static final String LIST = "${id}/entries";
    static final String FORM = "${id}/entry";

    /** Created by the kernel. */
    public ${prefix}Ui() {
    }

    @Override
    public String moduleId() {
        return ${prefix}Module.ID;
    }

    @Override
    public List<NavItem> navigation() {
        return List.of(
                new NavItem(LIST, ${prefix}ListView.class, "${id}.nav.entries", VaadinIcon.LIST,
                        NavGroup.of(ModuleCategory.${category}), ${prefix}Module.READ),
                new NavItem(FORM, ${prefix}FormView.class, "${id}.nav.entry", VaadinIcon.EDIT,
                        NavGroup.of(ModuleCategory.${category}), ${prefix}Module.READ, true));
    }
}
