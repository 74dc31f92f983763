package io.tessera.plugins.catalog.pricing;

import java.util.List;

/** The parts of the pricing package, registered by the module in one place. */
public final class PricingComponents {

    private PricingComponents() {
    }

    /** @return the package's Spring components */
    public static List<Class<?>> all() {
        return List.of(PriceListService.class, PriceResolver.class, PricingController.class);
    }

    /** @return the package's entities */
    public static List<Class<?>> entities() {
        return List.of(PriceList.class, PriceItem.class);
    }
}
