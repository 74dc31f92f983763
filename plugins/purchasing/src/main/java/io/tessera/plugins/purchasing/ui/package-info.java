/** The module's Vaadin views, dashboard widget and supplier panel, contributed through the UI kit. */
package io.tessera.plugins.purchasing.ui;
