package io.tessera.ui.app.parties;

import com.vaadin.flow.component.Component;
import java.util.List;

/** Readable names of a party's kind and roles: known roles translated, a tenant's own roles as written. */
public final class PartyLabels {

    private static final List<String> TRANSLATED_ROLES = PartyFormView.COMMON_ROLES;

    private PartyLabels() {
    }

    /**
     * A role as users read it.
     *
     * @param component a component, for its translation
     * @param role      the role, a lower-case word
     * @return the translated role, or the role itself when it is one the tenant made up
     */
    public static String role(Component component, String role) {
        return TRANSLATED_ROLES.contains(role) ? component.getTranslation("parties.role." + role) : role;
    }

    /**
     * Roles as users read them, joined.
     *
     * @param component a component, for its translation
     * @param roles     the roles
     * @return the text
     */
    public static String roles(Component component, List<String> roles) {
        return String.join(", ", roles.stream().map(r -> role(component, r)).toList());
    }
}
