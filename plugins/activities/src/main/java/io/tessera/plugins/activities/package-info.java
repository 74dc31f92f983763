/**
 * The {@code activities} module (CRM): calls, meetings, emails, notes and tasks linked to a party and
 * optionally to any module's record, with due dates, owners, done/undone, reminders that become in-app
 * notifications, and a chronological history per party. Its Vaadin views ({@code ActivitiesUi}
 * and the views it registers) live here too, next to the services they call. Everything here is internal.
 */
package io.tessera.plugins.activities;
