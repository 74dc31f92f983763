/** The UI's message bundles (English and German) behind Vaadin's {@code getTranslation}. */
package io.tessera.ui.app.i18n;
