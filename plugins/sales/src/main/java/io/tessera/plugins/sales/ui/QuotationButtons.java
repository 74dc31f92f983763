package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.tessera.plugins.sales.quotation.QuotationDesk;
import io.tessera.plugins.sales.quotation.QuotationView;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.ui.kit.notify.Notifications;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The quotation page's actions: Mark as sent, Confirm order (both save a draft first), Cancel, and the PDF link. A
 * refusal goes to the page, which marks the fields it names; a changed quotation is shown again.
 */
final class QuotationButtons {

    private final Component view;
    private final QuotationDesk desk;
    private final Supplier<QuotationView> current;
    private final Supplier<Optional<QuotationView>> save;
    private final Consumer<ApiProblem> refused;
    private final Consumer<QuotationView> show;

    /**
     * @param current the quotation shown
     * @param save    saves the form (a draft) and answers the saved quotation, empty when refused
     * @param refused shows a refusal
     * @param show    shows a quotation again
     */
    QuotationButtons(Component view, QuotationDesk desk, Supplier<QuotationView> current,
                     Supplier<Optional<QuotationView>> save, Consumer<ApiProblem> refused, Consumer<QuotationView> show) {
        this.view = view;
        this.desk = desk;
        this.current = current;
        this.save = save;
        this.refused = refused;
        this.show = show;
    }

    Button send() {
        Button send = new Button(view.getTranslation("sales.quotation.send"),
                e -> save.get().ifPresent(saved -> act(() -> desk.send(saved.id()), "sales.quotation.sent")));
        send.setId("sales-quotation-send");
        return send;
    }

    Button confirm() {
        Button confirm = new Button(view.getTranslation("sales.quotation.confirm"), e -> {
            Optional<QuotationView> saved = "DRAFT".equals(current.get().state()) ? save.get() : Optional.of(current.get());
            saved.ifPresent(s -> {
                try {
                    UUID order = desk.confirm(s.id());
                    Notifications.success(view.getTranslation("sales.quotation.confirmed"));
                    UI.getCurrent().navigate(SalesUi.ORDER_ROUTE + "/" + order);
                } catch (ApiProblem failure) {
                    refused.accept(failure);
                }
            });
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        confirm.setId("sales-quotation-confirm");
        return confirm;
    }

    Button cancel() {
        Button cancel = new Button(view.getTranslation("sales.quotation.cancel"),
                e -> act(() -> desk.cancel(current.get().id()), "sales.quotation.cancelled"));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.setId("sales-quotation-cancel");
        return cancel;
    }

    /** The PDF, as {@code GET …/pdf} serves it, in the reader's language. */
    Anchor pdf(QuotationView q) {
        UUID id = q.id();
        String number = q.number();
        Locale locale = UI.getCurrent().getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = desk.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), number + ".pdf", "application/pdf", bytes.length);
        }), view.getTranslation("sales.quotation.pdf"));
        download.setId("sales-quotation-pdf");
        return download;
    }

    private void act(Supplier<QuotationView> action, String doneKey) {
        try {
            QuotationView q = action.get();
            Notifications.success(view.getTranslation(doneKey, q.number()));
            show.accept(q);
        } catch (ApiProblem e) {
            refused.accept(e);
        }
    }
}
