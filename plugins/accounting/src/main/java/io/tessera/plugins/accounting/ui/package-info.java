/**
 * The accounting module's Vaadin views, contributed to the shell through the UI kit's {@code ModuleUi}: chart
 * of accounts, journal entry form with a live balance check, journal list, reports with drill-down and CSV
 * download, and the finance dashboard widget. The views call the domain through the in-process facades
 * {@code ChartOfAccounts}, {@code Journal} and {@code Reports}, so they keep the REST API's rules.
 */
package io.tessera.plugins.accounting.ui;
