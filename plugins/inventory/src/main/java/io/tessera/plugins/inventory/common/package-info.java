/** What every other package of the module uses: database access, the catalog lookup, quantity rules and problems. */
package io.tessera.plugins.inventory.common;
