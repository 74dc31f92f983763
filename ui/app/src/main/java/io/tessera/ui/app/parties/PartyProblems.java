package io.tessera.ui.app.parties;

import io.tessera.sdk.web.ApiProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a refused party deletion (the kernel's 409 {@link ApiProblem}) says refers to the party, in the UI's terms.
 */
public final class PartyProblems {

    /**
     * Records of one kind that keep a party from being deleted.
     *
     * @param moduleName the module that holds them
     * @param kind       what they are, as the module declared it
     * @param count      how many
     */
    public record Reference(String moduleName, String kind, long count) {
    }

    private PartyProblems() {
    }

    /**
     * What refers to a party, from a refused deletion.
     *
     * @param refusal the kernel's 409
     * @return the references, empty when the refusal has none
     */
    public static List<Reference> references(ApiProblem refusal) {
        List<Reference> references = new ArrayList<>();
        if (refusal.properties().get("references") instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> map) {
                    references.add(new Reference(String.valueOf(map.get("moduleName")), String.valueOf(map.get("kind")),
                            ((Number) map.get("count")).longValue()));
                }
            }
        }
        return List.copyOf(references);
    }
}
