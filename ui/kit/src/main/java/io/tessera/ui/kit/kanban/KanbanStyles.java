package io.tessera.ui.kit.kanban;

import com.vaadin.flow.dom.Element;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The board's style sheet ({@code kanban.css} next to this class), added to each board as a
 * {@code <style>} element: plain CSS on the active theme's tokens, so it needs no frontend build and no
 * application-wide style sheet, and it can style the drag states ({@code v-dragged},
 * {@code v-drag-over-target}) that Flow's drag-and-drop connector sets in the browser.
 */
final class KanbanStyles {

    static final String CSS = load();

    private KanbanStyles() {
    }

    static Element element() {
        return new Element("style").setText(CSS);
    }

    private static String load() {
        try (InputStream in = KanbanStyles.class.getResourceAsStream("kanban.css")) {
            if (in == null) {
                throw new IllegalStateException("kanban.css is missing next to " + KanbanStyles.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
