/**
 * The catalog's registration in the Vaadin shell; the views live next to the services they show
 * ({@code product}, {@code uom}, {@code pricing}). Registered only where the UI kit is present.
 */
package io.tessera.plugins.catalog.ui;
