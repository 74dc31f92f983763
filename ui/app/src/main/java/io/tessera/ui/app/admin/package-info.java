/**
 * The tenant admin console: module marketplace, users and roles, API keys, audit log, settings and
 * data export. Every view needs the {@code tenant.admin} permission and calls the kernel's and the
 * tenants module's services directly, in the session's tenant.
 */
package io.tessera.ui.app.admin;
