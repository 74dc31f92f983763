package io.tessera.plugins.pipeline;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import io.tessera.plugins.pipeline.PipelineViews.OpportunityView;
import io.tessera.ui.kit.notify.Notifications;
import java.util.function.Consumer;

/** Asks for the reason a deal was lost, then closes it through the given action. */
class LostDialog extends Dialog {

    LostDialog(OpportunityView opportunity, Consumer<String> lose) {
        setHeaderTitle(getTranslation("pipeline.lost.title", opportunity.name()));
        TextArea reason = new TextArea(getTranslation("pipeline.lost.reason"));
        reason.setId("lost-reason");
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(reason);
        Button confirm = new Button(getTranslation("pipeline.action.lost"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("pipeline.lost.reasonRequired"));
                return;
            }
            try {
                lose.accept(reason.getValue());
                close();
            } catch (RuntimeException ex) {
                Notifications.error(ex);
            }
        });
        confirm.setId("confirm-lost");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("pipeline.action.cancel"), e -> close()), confirm);
    }
}
