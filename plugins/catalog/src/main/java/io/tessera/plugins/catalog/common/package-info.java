/** Helpers every other package of the catalog uses: field error collection and the API names of enums. */
package io.tessera.plugins.catalog.common;
