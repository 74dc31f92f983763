package io.tessera.testsupport.browserless;

import com.vaadin.browserless.internal.MockRequestCustomizer;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** For browserless view tests: the mock requests carry the test's Spring Security authentication. */
public class SecurityContextRequests implements MockRequestCustomizer {

    /** Created by Vaadin's lookup. */
    public SecurityContextRequests() {
    }

    /**
     * Makes the current mock request carry the test's authentication.
     *
     * @param request Vaadin's current request in a browserless test
     */
    public static void applyTo(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servlet && servlet.getRequest() instanceof MockRequest mock) {
            new SecurityContextRequests().apply(mock);
        } else {
            throw new IllegalStateException("Not a browserless mock request: " + request);
        }
    }

    @Override
    public void apply(MockRequest request) {
        request.principalProvider(() -> SecurityContextHolder.getContext().getAuthentication());
        request.roleChecker((principal, role) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
        });
    }
}
