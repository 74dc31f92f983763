package io.tessera.ui.kit.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import io.tessera.ui.kit.DashboardWidget;
import io.tessera.ui.kit.PartyPanel;
import io.tessera.ui.kit.RecordPanel;
import io.tessera.ui.kit.notify.Problem;
import io.tessera.ui.kit.notify.ProblemPanel;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A responsive grid of titled cards, each built by a contribution's factory. A factory that throws
 * fills only its own card with the {@link Problem} (unexpected exceptions are logged, never shown);
 * the other cards are unaffected. Each card is a labelled region for screen readers.
 *
 * <p>The shell passes only the contributions the user may see (module enabled for the tenant,
 * permission held):
 * <pre>{@code
 * add(ContributionBoard.ofPartyPanels(visiblePanels, partyId, this::getTranslation));
 * }</pre>
 */
public class ContributionBoard extends Composite<Div> {

    private static final Logger log = LoggerFactory.getLogger(ContributionBoard.class);

    /** An empty board. */
    public ContributionBoard() {
        getContent().addClassName("tessera-contribution-board");
        getContent().getStyle().set("display", "grid")
                .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 22rem), 1fr))")
                .set("gap", "var(--vaadin-gap-m, 1rem)").set("width", "100%");
    }

    /**
     * The dashboard: one card per widget, in the given order.
     *
     * @param widgets   the widgets the user may see
     * @param translate resolves a title key (e.g. the view's {@code getTranslation})
     * @return the board
     */
    public static ContributionBoard ofWidgets(List<DashboardWidget> widgets, Function<String, String> translate) {
        ContributionBoard board = new ContributionBoard();
        for (DashboardWidget widget : widgets) {
            board.addCard(translate.apply(widget.titleKey()), () -> widget.factory().create());
        }
        return board;
    }

    /**
     * A party's customer-360 panels, ordered by {@link PartyPanel#order()} (ties keep the given order).
     *
     * @param panels    the panels the user may see
     * @param partyId   the party shown
     * @param translate resolves a title key
     * @return the board
     */
    public static ContributionBoard ofPartyPanels(List<PartyPanel> panels, UUID partyId,
                                                  Function<String, String> translate) {
        Objects.requireNonNull(partyId, "partyId");
        ContributionBoard board = new ContributionBoard();
        panels.stream().sorted(Comparator.comparingInt(PartyPanel::order))
                .forEach(panel -> board.addCard(translate.apply(panel.titleKey()), () -> panel.factory().create(partyId)));
        return board;
    }

    /**
     * A record page's panels from other modules, ordered by {@link RecordPanel#order()} (ties keep the given order).
     *
     * @param panels    the panels the user may see
     * @param recordId  the record shown
     * @param translate resolves a title key
     * @return the board
     */
    public static ContributionBoard ofRecordPanels(List<RecordPanel> panels, UUID recordId,
                                                   Function<String, String> translate) {
        Objects.requireNonNull(recordId, "recordId");
        ContributionBoard board = new ContributionBoard();
        panels.stream().sorted(Comparator.comparingInt(RecordPanel::order))
                .forEach(panel -> board.addCard(translate.apply(panel.titleKey()), () -> panel.factory().create(recordId)));
        return board;
    }

    /**
     * Adds a card, building its content now.
     *
     * @param title   the card's title (already translated)
     * @param content builds the card's content
     * @return the card
     */
    public Component addCard(String title, Supplier<? extends Component> content) {
        Section card = new Section();
        card.addClassName("tessera-card");
        card.getElement().setAttribute("role", "region");
        card.getElement().setAttribute("aria-label", title);
        // the active theme's tokens (Aura's and the base styles'); Lumo's are undefined under Aura
        card.getStyle().set("background", "var(--vaadin-background-color, #fff)")
                .set("border", "1px solid var(--vaadin-border-color-secondary, rgba(0, 0, 0, 0.08))")
                .set("box-shadow", "var(--aura-shadow-xs, 0 1px 3px rgba(0, 0, 0, 0.12))")
                .set("border-radius", "var(--vaadin-radius-l, 12px)").set("padding", "var(--vaadin-padding-l, 1rem)")
                .set("min-width", "0");
        H3 heading = new H3(title);
        heading.getStyle().set("font-size", "var(--aura-font-size-l, 1.125rem)").set("margin-top", "0");
        card.add(heading);
        try {
            card.add(Objects.requireNonNull(content.get(), "a contribution's factory returned null"));
        } catch (RuntimeException e) {
            Problem problem = Problem.of(e);
            if (problem.unexpected()) {
                log.error("The contribution '{}' failed to build", title, e);
            }
            card.add(new ProblemPanel(problem));
        }
        getContent().add(card);
        return card;
    }
}
