package io.tessera.plugins.catalog.common;

/** The permissions the catalog declares and checks. */
public final class CatalogPermissions {

    /** See products, units, categories, price lists and supplier information. */
    public static final String READ = "catalog.read";

    /** Create and change products, units, categories, price lists and supplier information. */
    public static final String WRITE = "catalog.write";

    private CatalogPermissions() {
    }
}
