package io.tessera.ui.app.parties;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.kernel.party.PartyRequest;
import java.util.List;

/** A party's further contact points (phones, emails, web, …) in the form. */
class ContactPointEditor extends RowEditor<PartyRequest.ContactPoint> {

    static final List<String> KINDS = List.of("email", "phone", "mobile", "fax", "web", "social", "other");

    ContactPointEditor(String title, String emptyText, String addLabel) {
        super("contactPoints", title, emptyText, addLabel);
    }

    @Override
    Row<PartyRequest.ContactPoint> newRow(PartyRequest.ContactPoint value) {
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("parties.contact.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("parties.contact.kind." + k));
        TextField text = new TextField(getTranslation("parties.contact.value"));
        text.setMaxLength(320);
        text.setRequiredIndicatorVisible(true);
        TextField label = new TextField(getTranslation("parties.contact.label"));
        label.setMaxLength(100);
        Checkbox preferred = new Checkbox(getTranslation("parties.contact.preferred"));
        if (value != null) {
            kind.setValue(KINDS.contains(value.kind()) ? value.kind() : "other");
            text.setValue(AddressEditor.nonNull(value.value()));
            label.setValue(AddressEditor.nonNull(value.label()));
            preferred.setValue(value.preferred());
        } else {
            kind.setValue("phone");
        }
        Row<PartyRequest.ContactPoint> row = new Row<>() {
            @Override
            PartyRequest.ContactPoint value() {
                return new PartyRequest.ContactPoint(kind.getValue(), text.getValue().strip(),
                        AddressEditor.blankToNull(label.getValue()), preferred.getValue());
            }
        };
        row.fields.put("kind", kind);
        row.fields.put("value", text);
        row.fields.put("label", label);
        row.fields.put("preferred", preferred);
        return row;
    }
}
