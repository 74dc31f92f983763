/** Shared plumbing of the sales module: database access, field-error collection, document numbering. */
package io.tessera.plugins.sales.common;
