/**
 * The shared customer master (D8): companies and people with roles (customer, supplier, …),
 * addresses and contact points, and the REST resource {@code /api/v1/parties}. Modules add their own
 * tables keyed by party id.
 */
package io.tessera.kernel.party;
