/** What every part of the module uses: database access, the catalog's and inventory's published services, problems. */
package io.tessera.plugins.mrp.common;
