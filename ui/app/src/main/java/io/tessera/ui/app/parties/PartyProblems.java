package io.tessera.ui.app.parties;

import io.tessera.kernel.web.ApiException;
import io.tessera.sdk.web.ApiProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The kernel's party errors in the UI's terms: an {@link ApiException} becomes the SDK's {@link ApiProblem}, which the
 * kit's forms and notifications read (status, detail, every field error), and a refused deletion lists what refers to
 * the party.
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
     * Runs a call of the kernel's party service, turning its {@link ApiException} into an {@link ApiProblem}.
     *
     * @param call the call
     * @param <T>  its result
     * @return the result
     * @throws ApiProblem with the same status, detail and field errors
     */
    public static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            throw of(e);
        }
    }

    /**
     * The SDK's form of a kernel error.
     *
     * @param e the kernel's error
     * @return the problem with the same status, detail and field errors
     */
    public static ApiProblem of(ApiException e) {
        return new ApiProblem(e.status().value(), e.getMessage(), e.errors().stream()
                .map(f -> new ApiProblem.FieldError(f.field(), f.message())).toList());
    }

    /**
     * What refers to a party, from a refused deletion.
     *
     * @param refusal the kernel's 409
     * @return the references, empty when the refusal has none
     */
    public static List<Reference> references(ApiException refusal) {
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
