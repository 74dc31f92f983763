/**
 * {@link io.tessera.ui.kit.grid.EntityGrid}: a lazily loaded, sortable, filterable grid that asks an
 * {@link io.tessera.ui.kit.grid.EntitySource} for one page at a time (offset, limit, sort, filter
 * text), directly usable with Spring Data {@code Pageable} repositories.
 */
package io.tessera.ui.kit.grid;
