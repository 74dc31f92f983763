package io.tessera.ui.app.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;

/**
 * What a refused or unknown address shows (a detached module's view, a console the user may not open,
 * a mistyped path): one readable page inside the shell that does not tell which of these it was, with a link home.
 *
 * @param <T> the navigation error handled
 */
abstract class RefusedView<T extends Exception> extends VerticalLayout implements HasErrorParameter<T>, HasDynamicTitle {

    private final int status;

    RefusedView(int status) {
        this.status = status;
        setId("refused");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<T> parameter) {
        removeAll();
        add(new H2(getTranslation("refused.title")),
                new Paragraph(getTranslation("refused.text", event.getLocation().getPath())),
                new Anchor("", getTranslation("refused.home")));
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("refused.title") + " · " + getTranslation("app.name");
    }
}
