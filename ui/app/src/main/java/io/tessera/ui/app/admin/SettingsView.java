package io.tessera.ui.app.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tessera.kernel.access.KernelPermissions;
import io.tessera.kernel.account.TenantDirectory;
import io.tessera.kernel.account.Tenant;
import io.tessera.kernel.tenancy.TenantContext;
import io.tessera.sdk.web.ApiProblem;
import io.tessera.sdk.security.RequiresPermission;
import io.tessera.ui.app.shell.MainLayout;
import io.tessera.ui.app.shell.Notify;
import io.tessera.ui.app.shell.TenantLocale;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tenant's settings: name, base currency (ISO 4217), locale and time zone. Invalid input is shown
 * on the field it concerns and nothing is saved. Saved settings apply to this session at once (pages
 * opened from now on show the new language, dates and times).
 */
@Route(value = "admin/settings", layout = MainLayout.class)
@PermitAll
@RequiresPermission(KernelPermissions.TENANT_ADMIN)
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> LOCALES = List.of("en", "en-GB", "en-US", "de", "de-AT", "de-CH", "fr", "fr-CH",
            "it", "es", "nl", "pt", "pl", "sv", "da", "nb", "fi", "cs");

    SettingsView(TenantDirectory tenants, TenantLocale tenantLocale) {
        String slug = TenantContext.tenant().orElseThrow().slug();
        Tenant tenant = tenants.findTenant(slug).orElseThrow();
        TextField name = new TextField(getTranslation("settings.name"));
        name.setValue(tenant.getName());
        name.setRequired(true);
        name.setMaxLength(200);
        ComboBox<String> currency = new ComboBox<>(getTranslation("settings.currency"),
                Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setValue(tenant.getBaseCurrency());
        ComboBox<String> locale = new ComboBox<>(getTranslation("settings.locale"), LOCALES);
        locale.setAllowCustomValue(true);
        locale.addCustomValueSetListener(e -> locale.setValue(e.getDetail()));
        locale.setItemLabelGenerator(tag -> tag + " – " + Locale.forLanguageTag(tag).getDisplayName(getLocale()));
        locale.setValue(tenant.getLocale());
        ComboBox<String> zone = new ComboBox<>(getTranslation("settings.time-zone"),
                ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(tenant.getTimeZone());
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("name", name, "baseCurrency", currency,
                "locale", locale, "timeZone", zone);
        Button save = new Button(getTranslation("common.save"), e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                tenants.updateSettings(new TenantDirectory.TenantSettings(name.getValue(), currency.getValue(),
                        locale.getValue(), zone.getValue()));
                tenantLocale.apply(UI.getCurrent());
                Notify.success(getTranslation("settings.saved"));
            } catch (ApiProblem ex) {
                ex.errors().forEach(error -> {
                    var field = fields.get(error.field());
                    if (field != null) {
                        field.setErrorMessage(error.message());
                        field.setInvalid(true);
                    }
                });
                Notify.error(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-settings");
        FormLayout form = new FormLayout(name, currency, locale, zone);
        form.setMaxWidth("48rem");
        add(new H2(getTranslation("settings.title")), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title") + " · " + getTranslation("app.name");
    }
}
