/**
 * The catalog module: master data of the ERP half. Sub-packages depend in one direction,
 * {@code common ← uom ← product ← pricing ← ui}; {@code api} is the only public contract.
 */
package io.tessera.plugins.catalog;
