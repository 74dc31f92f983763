package io.tessera.ui.kit;

import io.tessera.sdk.ModuleCategory;

/** The group of the side navigation an entry is listed under, in this order. */
public enum NavGroup {
    /** Front office: leads, pipeline, activities. */
    CRM,
    /** Back office: accounting, inventory, purchasing, sales, manufacturing, HR. */
    ERP,
    /** Cross-cutting tools: reports, integrations. */
    PLATFORM,
    /** Tenant administration. */
    ADMIN;

    /**
     * The group matching a module's marketplace category.
     *
     * @param category the module's category
     * @return the navigation group for it
     */
    public static NavGroup of(ModuleCategory category) {
        return switch (category) {
            case CRM -> CRM;
            case ERP -> ERP;
            case PLATFORM -> PLATFORM;
        };
    }

    /**
     * The message key of the group's heading, e.g. {@code kit.nav.group.crm}.
     *
     * @return the key, resolved from the kit's bundle
     */
    public String labelKey() {
        return "kit.nav.group." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
