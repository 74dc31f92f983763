package io.tessera.sdk;

/** Where a module is listed in the marketplace and the navigation. */
public enum ModuleCategory {
    /** Front office: leads, pipeline, activities, marketing. */
    CRM,
    /** Back office: accounting, inventory, purchasing, sales, manufacturing, HR. */
    ERP,
    /** Cross-cutting capabilities: integrations, reporting, administration. */
    PLATFORM
}
