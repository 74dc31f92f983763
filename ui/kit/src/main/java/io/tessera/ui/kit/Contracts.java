package io.tessera.ui.kit;

/** Argument checks shared by the contribution records. */
final class Contracts {

    private Contracts() {
    }

    static String requireKey(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
