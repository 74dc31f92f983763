/** What every other package of the module uses: database access, problems, permission names, settings. */
package io.tessera.plugins.purchasing.common;
