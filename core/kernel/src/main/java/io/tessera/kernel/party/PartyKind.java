package io.tessera.kernel.party;

import java.util.Locale;

/** Whether a party is an organisation or a natural person. */
enum PartyKind {
    COMPANY, PERSON;

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static PartyKind fromApi(String value) {
        return switch (value) {
            case "company" -> COMPANY;
            case "person" -> PERSON;
            default -> throw new IllegalArgumentException("kind must be company or person");
        };
    }
}
