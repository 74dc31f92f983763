package io.tessera.plugins.catalog.api;

/** How the units of a product are identified in stock. */
public enum Tracking {
    /** Not identified. */
    NONE,
    /** By lot (batch): several units share a lot number, possibly with an expiry date. */
    LOT,
    /** By serial number: each unit has its own, unique per product within a tenant. */
    SERIAL
}
