/**
 * The {@code leads} module (CRM): capture through the API and a public web form, statuses new → qualified →
 * converted / disqualified, configurable scoring, round-robin assignment, duplicate detection against the
 * party master, and conversion into a company, a person and — where the {@code pipeline} module is enabled —
 * an opportunity. Its Vaadin views ({@code LeadsUi} and the views it
 * registers) live here too, next to the services they call. Everything here is internal; other modules use only the {@code api} sub-package.
 */
package io.tessera.plugins.leads;
