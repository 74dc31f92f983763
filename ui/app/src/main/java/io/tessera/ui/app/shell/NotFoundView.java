package io.tessera.ui.app.shell;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An unknown address (in production mode also a refused one, so that routes are not revealed), shown inside the
 * shell to a signed-in user; a visitor who is not signed in is sent to the sign-in page first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends RefusedView<NotFoundException> {

    /** Builds the page. */
    public NotFoundView() {
        super(HttpServletResponse.SC_NOT_FOUND);
    }
}
