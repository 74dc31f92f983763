/**
 * The shared customer master (D8) as modules see it: look up, find duplicates of and create the current
 * tenant's companies and people. Modules keep their own tables keyed by party id.
 */
package io.tessera.sdk.party;
