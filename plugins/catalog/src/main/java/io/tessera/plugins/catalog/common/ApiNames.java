package io.tessera.plugins.catalog.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lower-case names under which the API shows enum values ({@code storable}, {@code fifo}, {@code serial}). */
public final class ApiNames {

    private ApiNames() {
    }

    /**
     * The API name of a value.
     *
     * @param value an enum value
     * @return its name in lower case, or {@code null} for {@code null}
     */
    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The value with an API name.
     *
     * @param type the enum
     * @param name the name as sent (case ignored)
     * @param <E>  the enum type
     * @return the value, empty for {@code null} or an unknown name
     */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /**
     * The accepted names, for a message: {@code "storable, consumable or service"}.
     *
     * @param type the enum
     * @return the names joined
     */
    public static String choices(Class<? extends Enum<?>> type) {
        String[] names = Arrays.stream(type.getEnumConstants()).map(ApiNames::of).toArray(String[]::new);
        return names.length == 1 ? names[0]
                : String.join(", ", Arrays.copyOf(names, names.length - 1)) + " or " + names[names.length - 1];
    }
}
