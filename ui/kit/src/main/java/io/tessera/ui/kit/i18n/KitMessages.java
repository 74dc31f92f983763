package io.tessera.ui.kit.i18n;

import com.vaadin.flow.component.UI;
import io.tessera.ui.kit.ModuleMessages;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The kit components' texts, from the kit's bundle ({@value ModuleMessages#KIT_BUNDLE}) in the
 * current UI's locale, English when there is no UI or the locale is not offered. A missing key is a
 * programming error and throws {@link java.util.MissingResourceException}; the kit's bundle test
 * guarantees that both languages hold every key.
 */
public final class KitMessages {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private KitMessages() {
    }

    /**
     * The text for a key in the current UI's locale.
     *
     * @param key  a {@code kit.*} key
     * @param args {@link MessageFormat} arguments
     * @return the formatted text
     */
    public static String get(String key, Object... args) {
        return get(currentLocale(), key, args);
    }

    /**
     * The text for a key in a given locale.
     *
     * @param locale the locale
     * @param key    a {@code kit.*} key
     * @param args   {@link MessageFormat} arguments
     * @return the formatted text
     */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = ResourceBundle.getBundle(ModuleMessages.KIT_BUNDLE, locale,
                KitMessages.class.getClassLoader(), NO_DEFAULT_LOCALE).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The current UI's locale, or English outside a UI.
     *
     * @return the locale texts and numbers are shown in
     */
    public static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }
}
