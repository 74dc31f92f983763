/**
 * Layouts that host contributions of several modules on one page — the dashboard's widgets and a
 * party's customer-360 panels — so that one module's failing contribution shows a problem in its own
 * card instead of breaking the page.
 */
package io.tessera.ui.kit.layout;
