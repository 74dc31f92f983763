package io.tessera.plugins.catalog.uom;

import io.tessera.plugins.catalog.api.UnitInfo;
import java.util.List;

/**
 * The units every tenant gets when it enables the catalog, with their exact ratios to the category's reference
 * unit (unit, kg, l, m, h). Imperial units use their legal definitions (1 lb = 0.45359237 kg exactly).
 */
final class StandardUnits {

    static final String UNITS = "units";

    static final List<UnitInfo> ALL = List.of(
            new UnitInfo("unit", "Unit", UNITS, 1, 1, 0),
            new UnitInfo("pair", "Pair", UNITS, 2, 1, 0),
            new UnitInfo("dozen", "Dozen", UNITS, 12, 1, 2),
            new UnitInfo("kg", "Kilogram", "weight", 1, 1, 3),
            new UnitInfo("g", "Gram", "weight", 1, 1000, 1),
            new UnitInfo("t", "Tonne", "weight", 1000, 1, 3),
            new UnitInfo("lb", "Pound", "weight", 45_359_237, 100_000_000, 3),
            new UnitInfo("oz", "Ounce", "weight", 28_349_523_125L, 1_000_000_000_000L, 2),
            new UnitInfo("l", "Litre", "volume", 1, 1, 3),
            new UnitInfo("ml", "Millilitre", "volume", 1, 1000, 0),
            new UnitInfo("m3", "Cubic metre", "volume", 1000, 1, 3),
            new UnitInfo("m", "Metre", "length", 1, 1, 3),
            new UnitInfo("cm", "Centimetre", "length", 1, 100, 1),
            new UnitInfo("mm", "Millimetre", "length", 1, 1000, 0),
            new UnitInfo("km", "Kilometre", "length", 1000, 1, 3),
            new UnitInfo("in", "Inch", "length", 254, 10_000, 2),
            new UnitInfo("ft", "Foot", "length", 3048, 10_000, 2),
            new UnitInfo("h", "Hour", "time", 1, 1, 2),
            new UnitInfo("min", "Minute", "time", 1, 60, 0),
            new UnitInfo("day", "Day", "time", 24, 1, 2));

    private StandardUnits() {
    }
}
