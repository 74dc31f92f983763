package io.tessera.plugins.catalog.api;

/** A conversion between units of different categories (kg to litres), or with a unit the tenant does not have. */
public class UnitMismatchException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message which units, and why they do not convert
     */
    public UnitMismatchException(String message) {
        super(message);
    }
}
