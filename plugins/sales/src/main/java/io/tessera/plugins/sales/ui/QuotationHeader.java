package io.tessera.plugins.sales.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.tessera.plugins.sales.quotation.QuotationView;
import io.tessera.sdk.party.Parties;
import io.tessera.sdk.party.PartySummary;
import io.tessera.ui.kit.form.FieldErrorMarks;
import io.tessera.ui.kit.format.TenantFormat;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The header fields of a draft quotation: the customer, the contact (picked among the customer's people), the
 * currency, the validity and the delivery date promised to the customer. Field errors of a refused save are marked on
 * them.
 */
final class QuotationHeader extends HorizontalLayout {

    private final Parties parties;
    private final ComboBox<PartySummary> customer = new ComboBox<>();
    private final ComboBox<PartySummary> contact = new ComboBox<>();
    private final TextField currency = new TextField();
    private final DatePicker validUntil = new DatePicker();
    private final DatePicker promisedDate = new DatePicker();

    QuotationHeader(Parties parties, FieldErrorMarks errors, Runnable reprice) {
        this.parties = parties;
        setWrap(true);
        setWidthFull();
        TenantFormat format = TenantFormat.current();
        customer.setLabel(getTranslation("sales.field.partyId"));
        customer.setItems(query -> parties.search(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        customer.setItemLabelGenerator(PartyNames::label);
        customer.setWidth("24rem");
        customer.setMaxWidth("100%");
        customer.setId("sales-quotation-customer");
        contact.setLabel(getTranslation("sales.field.contactId"));
        contact.setItemLabelGenerator(PartyNames::label);
        contact.setClearButtonVisible(true);
        contact.setWidth("16rem");
        contact.setMaxWidth("100%");
        contact.setId("sales-quotation-contact");
        currency.setLabel(getTranslation("sales.field.currency"));
        currency.setMaxLength(3);
        currency.setWidth("7rem");
        currency.setId("sales-quotation-currency");
        validUntil.setLabel(getTranslation("sales.field.validUntil"));
        validUntil.setLocale(format.locale());
        validUntil.setId("sales-quotation-valid");
        promisedDate.setLabel(getTranslation("sales.field.promisedDate"));
        promisedDate.setLocale(format.locale());
        promisedDate.setClearButtonVisible(true);
        promisedDate.setId("sales-quotation-promised");
        customer.addValueChangeListener(e -> {
            contacts(e.getValue());
            reprice.run();
        });
        currency.addValueChangeListener(e -> reprice.run());
        errors.bind("partyId", customer);
        errors.bind("contactId", contact);
        errors.bind("currency", currency);
        errors.bind("validUntil", validUntil);
        errors.bind("promisedDate", promisedDate);
        add(customer, contact, currency, validUntil, promisedDate);
    }

    /** The contact picker lists the customer's people only; without a customer there is nobody to pick. */
    private void contacts(PartySummary party) {
        contact.clear();
        if (party == null || !party.isCompany()) {
            contact.setItems(java.util.List.of());
            contact.setEnabled(false);
            return;
        }
        UUID company = party.id();
        contact.setItems(query -> parties.people(company, query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        contact.setEnabled(true);
    }

    /**
     * Fills the fields from a quotation, or for a new one.
     *
     * @param q               the quotation, or {@code null} for a new one
     * @param partyId         the customer, or {@code null}
     * @param currencyCode    the currency to show, or blank for the base currency
     * @param baseCurrency    the placeholder of the currency field
     * @param customerLocked  whether the customer is fixed (an opportunity's)
     */
    void fill(QuotationView q, UUID partyId, String currencyCode, String baseCurrency, boolean customerLocked) {
        TenantFormat format = TenantFormat.current();
        customer.setValue(partyId == null ? null : parties.find(partyId).orElse(null));
        customer.setReadOnly(customerLocked);
        contacts(customer.getValue());
        contact.setValue(q == null || q.contactId() == null ? null : parties.find(q.contactId()).orElse(null));
        currency.setPlaceholder(baseCurrency);
        currency.setValue(currencyCode == null ? "" : currencyCode);
        validUntil.setValue(q == null ? format.today().plusDays(30) : q.validUntil());
        promisedDate.setValue(q == null ? null : q.promisedDate());
    }

    UUID partyId() {
        return customer.getValue() == null ? null : customer.getValue().id();
    }

    UUID contactId() {
        return contact.getValue() == null ? null : contact.getValue().id();
    }

    String currency() {
        return currency.getValue();
    }

    LocalDate validUntil() {
        return validUntil.getValue();
    }

    LocalDate promisedDate() {
        return promisedDate.getValue();
    }
}
