/**
 * Tenant lifecycle (D5): provisioning and suspension for the platform operator, and for tenant
 * admins the module marketplace's back end — enable with the dependency closure, detach (data kept),
 * and the impact preview of either.
 */
package io.tessera.tenants;
