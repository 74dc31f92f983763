package io.tessera.ui.app.parties;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.kernel.party.PartyRequest;
import java.util.List;
import java.util.Locale;

/** A party's postal addresses in the form. */
class AddressEditor extends RowEditor<PartyRequest.Address> {

    static final List<String> KINDS = List.of("billing", "shipping", "office", "home", "other");

    AddressEditor(String title, String emptyText, String addLabel) {
        super("addresses", title, emptyText, addLabel);
    }

    @Override
    Row<PartyRequest.Address> newRow(PartyRequest.Address value) {
        Select<String> kind = new Select<>();
        kind.setLabel(getTranslation("parties.address.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("parties.address.kind." + k));
        TextField line1 = text("parties.address.line1", 200);
        TextField line2 = text("parties.address.line2", 200);
        TextField postalCode = text("parties.address.postal-code", 20);
        TextField city = text("parties.address.city", 100);
        TextField region = text("parties.address.region", 100);
        TextField country = text("parties.address.country", 2);
        country.setHelperText(getTranslation("parties.address.country.help"));
        if (value != null) {
            kind.setValue(KINDS.contains(value.kind()) ? value.kind() : "other");
            line1.setValue(nonNull(value.line1()));
            line2.setValue(nonNull(value.line2()));
            postalCode.setValue(nonNull(value.postalCode()));
            city.setValue(nonNull(value.city()));
            region.setValue(nonNull(value.region()));
            country.setValue(nonNull(value.country()));
        } else {
            kind.setValue("billing");
        }
        Row<PartyRequest.Address> row = new Row<>() {
            @Override
            PartyRequest.Address value() {
                return new PartyRequest.Address(kind.getValue(), blankToNull(line1.getValue()), blankToNull(line2.getValue()),
                        blankToNull(postalCode.getValue()), blankToNull(city.getValue()), blankToNull(region.getValue()),
                        blankToNull(country.getValue().toUpperCase(Locale.ROOT)));
            }
        };
        row.fields.put("kind", kind);
        row.fields.put("line1", line1);
        row.fields.put("line2", line2);
        row.fields.put("postalCode", postalCode);
        row.fields.put("city", city);
        row.fields.put("region", region);
        row.fields.put("country", country);
        return row;
    }

    private TextField text(String labelKey, int maxLength) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        return field;
    }

    static String nonNull(String value) {
        return value == null ? "" : value;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
