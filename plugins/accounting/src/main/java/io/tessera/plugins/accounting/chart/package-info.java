/**
 * The chart of accounts and the tenant's accounting settings: account types and roles, the templates a
 * tenant's chart is seeded from, the installer that seeds it on enable, and their REST resources.
 */
package io.tessera.plugins.accounting.chart;
