package io.tessera.ui.app.shell;

import com.vaadin.flow.router.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;

/** An unknown address (in production mode also a refused one, so that routes are not revealed). */
public class NotFoundView extends RefusedView<NotFoundException> {

    /** Builds the page. */
    public NotFoundView() {
        super(HttpServletResponse.SC_NOT_FOUND);
    }
}
