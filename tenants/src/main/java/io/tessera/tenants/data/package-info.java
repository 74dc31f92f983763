/**
 * The tenant's data as a whole: which tables it owns rows in, exporting them as a zip of JSON-lines
 * files, and deleting them (purge, offboarding).
 */
package io.tessera.tenants.data;
