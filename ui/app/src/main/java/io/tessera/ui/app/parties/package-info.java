/**
 * Contacts and companies of the kernel's customer master (D8) in the UI: the list with its filters, the form that
 * creates and edits a party with its addresses, contact points and roles, and the refusal shown when a party that
 * records refer to cannot be deleted.
 */
package io.tessera.ui.app.parties;
