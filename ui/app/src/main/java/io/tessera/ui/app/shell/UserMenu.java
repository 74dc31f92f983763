package io.tessera.ui.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.tessera.ui.app.security.UiSession;

/** The user's menu in the top bar: profile and password, sign out. */
class UserMenu extends MenuBar {

    UserMenu(UiSession session, AuthenticationContext authentication) {
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        getElement().setAttribute("aria-label", getTranslation("shell.user.menu"));
        String name = session.displayName();
        Avatar avatar = new Avatar(name);
        avatar.getElement().setAttribute("aria-hidden", "true");
        var root = addItem(avatar);
        root.getElement().setAttribute("aria-label", getTranslation("shell.user.menu") + ": " + name);
        root.setId("user-menu");
        SubMenu menu = root.getSubMenu();
        menu.addItem(name).setEnabled(false);
        if (session.user().isPresent()) {
            menu.addItem(getTranslation("shell.user.profile"), e -> UI.getCurrent().navigate(ProfileView.class));
        }
        menu.addItem(getTranslation("shell.user.signout"), e -> authentication.logout()).setId("sign-out");
    }
}
