/**
 * Bills of materials: several per product with one active, components with scrap, by-products, a routing; a cycle is
 * refused naming the component, and the low-level codes of the products are maintained when a BOM is saved.
 */
package io.tessera.plugins.mrp.bom;
