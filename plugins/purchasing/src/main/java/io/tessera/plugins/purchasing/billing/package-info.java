/**
 * Vendor bills from purchase orders through accounting's published {@code Invoicing}, with the three-way match: billed
 * never more than the policy allows (a database guarantee), price differences within the tenant's tolerance booked,
 * beyond it held until released.
 */
package io.tessera.plugins.purchasing.billing;
