package io.tessera.ui.app.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import io.tessera.ui.kit.ModuleMessages;
import io.tessera.ui.app.shell.ModuleViews;
import org.springframework.stereotype.Component;

/**
 * The one {@code I18NProvider}: the shell's texts ({@code tessera-ui/messages*.properties}, English and
 * German), then the kit's and each module's bundles through the kit's {@link ModuleMessages}. A missing
 * key shows as {@code !key!} (and the bundle test fails), never as an exception in a view.
 */
@Component
public class Messages implements I18NProvider {

    /** The bundle's base name. */
    public static final String BUNDLE = "tessera-ui.messages";

    /** The languages the UI is complete in. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private final ModuleMessages modules;

    /**
     * Collects the message bundles of the modules' UIs that passed the kit's contribution check (a
     * refused UI is left out rather than failing the server).
     *
     * @param moduleViews the accepted module UIs
     */
    public Messages(ModuleViews moduleViews) {
        this.modules = new ModuleMessages(moduleViews.accepted());
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        ResourceBundle bundle = shellBundle(effective);
        if (bundle.containsKey(key)) {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        }
        return modules.find(key, effective, params).orElse("!" + key + "!");
    }

    /** The shell's own bundle for a locale (English is the base file). */
    static ResourceBundle shellBundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
