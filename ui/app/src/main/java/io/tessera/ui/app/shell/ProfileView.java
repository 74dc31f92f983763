package io.tessera.ui.app.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.tessera.kernel.account.UserAccounts;
import io.tessera.kernel.account.IdentityProviderPasswords;
import io.tessera.kernel.security.SignedInUser;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.ui.app.i18n.Messages;
import io.tessera.ui.app.security.UiSession;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The signed-in user's profile: who they are, the UI language, and changing their password — here with local
 * accounts, or through a link to the identity provider's account console when it manages passwords (Keycloak).
 */
@Route(value = "profile", layout = MainLayout.class)
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    ProfileView(UiSession session, UserAccounts accounts, IdentityProviderPasswords passwords) {
        add(new H2(getTranslation("profile.title")));
        add(new Paragraph(getTranslation("profile.signed-in-as", session.displayName())));
        Select<Locale> language = new Select<>();
        language.setLabel(getTranslation("profile.language"));
        language.setItems(Messages.LOCALES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(Messages.LOCALES.stream().filter(l -> l.getLanguage().equals(getLocale().getLanguage()))
                .findFirst().orElse(Locale.ENGLISH));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setLocale(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        add(language);
        if (passwords.external()) {
            add(accountConsole(passwords.accountConsole().orElseThrow()));
        } else {
            session.user().ifPresent(user -> add(passwordForm(user, accounts)));
        }
    }

    private VerticalLayout accountConsole(String url) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("profile.password.title")));
        box.add(new Paragraph(getTranslation("profile.password.external")));
        Anchor link = new Anchor(url, getTranslation("profile.password.account-console"));
        link.setId("account-console");
        box.add(link);
        return box;
    }

    private VerticalLayout passwordForm(SignedInUser user, UserAccounts accounts) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(new H3(getTranslation("profile.password.title")));
        if (TenantContext.mustChangePassword()) {
            box.add(new Paragraph(getTranslation("profile.password.must-change")));
        }
        PasswordField current = new PasswordField(getTranslation("profile.password.current"));
        PasswordField next = new PasswordField(getTranslation("profile.password.new"));
        next.setHelperText(getTranslation("profile.password.policy"));
        PasswordField repeat = new PasswordField(getTranslation("profile.password.repeat"));
        Button change = new Button(getTranslation("profile.password.change"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("profile.password.mismatch"));
                return;
            }
            repeat.setInvalid(false);
            try {
                accounts.changePassword(user.userId(), current.getValue(), next.getValue());
                current.clear();
                next.clear();
                repeat.clear();
                Notify.success(getTranslation("profile.password.changed"));
            } catch (IllegalArgumentException ex) {
                Notify.error(ex);
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("40rem");
        box.add(form, change);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
