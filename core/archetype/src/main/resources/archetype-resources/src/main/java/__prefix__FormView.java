package ${package};

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import io.tessera.sdk.CurrentUser;
import io.tessera.ui.kit.form.EntityForm;
import io.tessera.ui.kit.notify.Notifications;
import java.util.UUID;

/** {@code ${id}/entry/new} or {@code ${id}/entry/<id>}: the validated form of one entry. */
public class ${prefix}FormView extends VerticalLayout implements HasUrlParameter<String> {

    private final ${prefix}Service entries;
    private final CurrentUser user;

    /**
     * Created by the shell.
     *
     * @param entries the entries
     * @param user    the signed-in user (may they write?)
     */
    public ${prefix}FormView(${prefix}Service entries, CurrentUser user) {
        this.entries = entries;
        this.user = user;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        UUID id = "new".equals(parameter) ? null : UUID.fromString(parameter);
        ${prefix}Draft draft = id == null ? new ${prefix}Draft() : ${prefix}Draft.of(entries.get(id));
        EntityForm<${prefix}Draft> form = new EntityForm<>(${prefix}Draft.class);
        form.setId("${id}-form");
        form.add(new TextField(getTranslation("${id}.field.title")), "title");
        form.add(new TextArea(getTranslation("${id}.field.body")), "body");
        form.getSaveButton().setEnabled(user.hasPermission(${prefix}Module.WRITE));
        form.onSave(d -> {
            ${prefix}View saved = id == null ? entries.create(d.request()) : entries.update(id, d.request());
            Notifications.success(getTranslation("${id}.form.saved", saved.title()));
            getUI().ifPresent(ui -> ui.navigate(${prefix}Ui.LIST));
        });
        form.onCancel(() -> getUI().ifPresent(ui -> ui.navigate(${prefix}Ui.LIST)));
        form.edit(draft);
        add(new H2(getTranslation(id == null ? "${id}.form.new" : "${id}.form.edit")), form);
    }
}
