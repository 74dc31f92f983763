package io.tessera.ui.app.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.tessera.kernel.account.Invitations;
import io.tessera.kernel.security.InteractiveSignIn;
import io.tessera.kernel.security.SignedInUser;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.app.shell.Notify;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Where an invitation link leads ({@code /invitation?token=…}): the invitee joins the tenant. If an account with the
 * invited email exists, its holder signs in here with that account's password (the lockout and the address throttle
 * of every sign-in apply); if not, they choose the new account's password. Open to anonymous visitors: the token is
 * what admits them, and it shows nothing but the tenant and the invited email.
 */
@Route("invitation")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The page's path, for links to it. */
    public static final String PATH = "invitation";

    private final Invitations invitations;
    private final InteractiveSignIn signIn;

    InvitationView(Invitations invitations, InteractiveSignIn signIn) {
        this.invitations = invitations;
        this.signIn = signIn;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
    }

    /**
     * Where links to this page start: the scheme, host, port and context path {@code request} reached.
     *
     * @param request a request, or {@code null} (then links are relative to the server)
     * @return the base, without a trailing slash
     */
    public static String base(VaadinRequest request) {
        if (!(request instanceof VaadinServletRequest servlet)) {
            return "";
        }
        HttpServletRequest http = servlet.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }

    /**
     * The link to this page for a token.
     *
     * @param base  from {@link #base}
     * @param token the invitation's token
     * @return the link
     */
    public static String link(String base, String token) {
        return base + "/" + PATH + "?token=" + token;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(getTranslation("app.name")));
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("token", List.of()).stream()
                .findFirst().orElse("");
        Optional<Invitations.Preview> preview = invitations.preview(token);
        if (preview.isEmpty()) {
            add(new Paragraph(getTranslation("invitation.invalid")));
            return;
        }
        Invitations.Preview invitation = preview.get();
        add(new Paragraph(getTranslation("invitation.intro", invitation.tenantName(), invitation.email())));
        PasswordField password = new PasswordField(getTranslation(invitation.accountExists()
                ? "invitation.your-password" : "invitation.new-password"));
        password.setId("invitation-password");
        if (!invitation.accountExists()) {
            password.setHelperText(getTranslation("profile.password.policy"));
        }
        Button join = new Button(getTranslation("invitation.join"), e -> join(token, invitation, password));
        join.setId("invitation-join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(password, join);
    }

    private void join(String token, Invitations.Preview invitation, PasswordField password) {
        try {
            if (invitation.accountExists()) {
                invitations.accept(token, signedIn(invitation.email(), password.getValue()), null);
            } else {
                invitations.accept(token, null, password.getValue());
            }
        } catch (ApiProblem e) {
            password.setInvalid(e.errors().stream().anyMatch(f -> f.field().equals("password")));
            password.setErrorMessage(e.errors().stream().map(f -> f.message()).findFirst().orElse(e.getMessage()));
            Notify.error(e);
            return;
        }
        removeAll();
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("invitation.joined", invitation.tenantName())),
                new Anchor("login", getTranslation("invitation.sign-in")));
    }

    /** Signs the invited account in with its password, as the sign-in page would (lockout and address throttle). */
    private java.util.UUID signedIn(String email, String password) {
        String address = VaadinServletRequest.getCurrent().getRemoteAddr();
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        attempt.setDetails(new WebAuthenticationDetails(address, null));
        try {
            Authentication result = signIn.localAccounts().authenticate(attempt);
            if (result != null && result.getPrincipal() instanceof SignedInUser user) {
                return user.userId();
            }
        } catch (BadCredentialsException e) {
            signIn.recordFailure(address);
        } catch (AuthenticationException e) {
            // locked, or the address is throttled: the password was not what failed
            throw new ApiProblem(org.springframework.http.HttpStatus.TOO_MANY_REQUESTS.value(), getTranslation("login.throttled"));
        }
        throw ApiProblem.invalid("password", getTranslation("invitation.wrong-password"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · " + getTranslation("app.name");
    }
}
