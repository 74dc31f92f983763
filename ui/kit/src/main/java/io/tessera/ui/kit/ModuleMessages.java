package io.tessera.ui.kit;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Resolves message keys of the kit and of every module, for the shell's one {@code I18NProvider}.
 *
 * <p>A key's first segment chooses the bundle: {@code kit.*} keys come from the kit's own bundle,
 * {@code <moduleId>.*} keys from that module's {@link ModuleUi#messageBundle()}, loaded with the
 * class loader of the module's {@code ModuleUi} class (the plugin's). English is each bundle's base
 * file and the fallback for a key missing in another language; the JVM's default locale is never
 * consulted. Arguments are formatted with {@link MessageFormat} in the requested locale.
 */
public final class ModuleMessages {

    /** The base name of the kit's own bundle. */
    public static final String KIT_BUNDLE = "io.tessera.ui.kit.i18n.kit";

    /** The languages every bundle must be complete in. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, Source> sources = new HashMap<>();

    /**
     * Collects the bundles of the given modules, plus the kit's.
     *
     * @param modules the module UIs present
     * @throws IllegalArgumentException if two modules claim the same id, or a module's English base
     *                                  bundle is missing
     */
    public ModuleMessages(Collection<? extends ModuleUi> modules) {
        sources.put("kit", new Source(KIT_BUNDLE, ModuleMessages.class.getClassLoader()));
        for (ModuleUi module : modules) {
            Source source = new Source(module.messageBundle(), module.getClass().getClassLoader());
            source.requireBaseBundle(module.moduleId());
            Source previous = sources.put(module.moduleId(), source);
            if (previous != null) {
                throw new IllegalArgumentException("Two UIs for module '" + module.moduleId() + "'");
            }
        }
    }

    /**
     * The message for a key, formatted with arguments.
     *
     * @param key    a key such as {@code pipeline.nav.board}
     * @param locale the user's locale
     * @param args   {@link MessageFormat} arguments
     * @return the message, or empty when no bundle holds the key
     */
    public Optional<String> find(String key, Locale locale, Object... args) {
        int dot = key.indexOf('.');
        Source source = dot < 0 ? null : sources.get(key.substring(0, dot));
        if (source == null) {
            return Optional.empty();
        }
        ResourceBundle bundle = source.bundle(locale);
        if (!bundle.containsKey(key)) {
            return Optional.empty();
        }
        String pattern = bundle.getString(key);
        return Optional.of(args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args));
    }

    /**
     * The languages the UI offers.
     *
     * @return English and German
     */
    public List<Locale> languages() {
        return LANGUAGES;
    }

    private record Source(String baseName, ClassLoader loader) {
        /** The bundle for a locale; never fails once {@link #requireBaseBundle} passed. */
        ResourceBundle bundle(Locale locale) {
            return ResourceBundle.getBundle(baseName, locale, loader, NO_DEFAULT_LOCALE);
        }

        void requireBaseBundle(String moduleId) {
            try {
                bundle(Locale.ROOT);
            } catch (MissingResourceException e) {
                throw new IllegalArgumentException("Module '" + moduleId + "' has no message bundle '"
                        + baseName + "' (expected " + baseName.replace('.', '/') + ".properties in its jar)", e);
            }
        }
    }
}
