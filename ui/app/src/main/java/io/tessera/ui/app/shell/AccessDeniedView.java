package io.tessera.ui.app.shell;

import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.router.AccessDeniedException;
import jakarta.servlet.http.HttpServletResponse;

/** A view the signed-in user may not open: its module is not enabled or a permission is missing. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends RefusedView<AccessDeniedException> {

    /** Builds the page. */
    public AccessDeniedView() {
        super(HttpServletResponse.SC_FORBIDDEN);
    }
}
