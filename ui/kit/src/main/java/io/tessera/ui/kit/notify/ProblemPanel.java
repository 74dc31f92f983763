package io.tessera.ui.kit.notify;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A {@link Problem} shown inline: the title in bold, the detail, and a list of the fields at fault.
 * All text is set as text, never as HTML. Announced to screen readers ({@code role="alert"}).
 */
public class ProblemPanel extends Composite<Div> {

    /** An empty, hidden panel. */
    public ProblemPanel() {
        getContent().addClassName("tessera-problem");
        getContent().getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /**
     * A panel showing a problem.
     *
     * @param problem the problem
     */
    public ProblemPanel(Problem problem) {
        this();
        show(problem);
    }

    /**
     * Shows a problem, replacing any shown before.
     *
     * @param problem the problem
     */
    public void show(Problem problem) {
        Div content = getContent();
        content.removeAll();
        Span title = new Span(problem.title());
        title.getStyle().set("font-weight", "600");
        content.add(title);
        if (!problem.detail().isBlank()) {
            content.add(new Paragraph(problem.detail()));
        }
        if (!problem.fieldErrors().isEmpty()) {
            UnorderedList fields = new UnorderedList();
            problem.fieldErrors().forEach(e -> fields.add(new ListItem(e.field() + ": " + e.message())));
            content.add(fields);
        }
        setVisible(true);
    }

    /** Hides the panel. */
    public void clear() {
        getContent().removeAll();
        setVisible(false);
    }
}
