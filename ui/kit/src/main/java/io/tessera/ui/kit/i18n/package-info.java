/**
 * The kit's own texts: {@link io.tessera.ui.kit.i18n.KitMessages} reads the kit's message bundle
 * (English base, German) in the current UI's locale, so kit components are translated without
 * depending on the shell's {@code I18NProvider}.
 */
package io.tessera.ui.kit.i18n;
