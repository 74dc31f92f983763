package io.tessera.kernel.party;

import io.tessera.sdk.web.ApiProblem;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The party list's {@code sort} parameter: {@code field} or {@code field,asc|desc} over the fields a client may sort
 * by, ties broken by id so that keyset paging and exports see one total order.
 */
final class PartySort {

    /** API field → entity attribute. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "createdAt", "createdAt", "updatedAt", "updatedAt");

    /** Name, then id. */
    static final Sort DEFAULT = Sort.by("name").and(Sort.by("id"));

    private PartySort() {
    }

    /**
     * Reads the parameter.
     *
     * @param sort the parameter, or {@code null} for {@link #DEFAULT}
     * @return the order, ending with the id
     * @throws ApiProblem 400 naming {@code sort} for an unknown field or direction
     */
    static Sort of(String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT;
        }
        String[] parts = sort.split(",", 2);
        String attribute = SORTABLE.get(parts[0].strip());
        if (attribute == null) {
            throw ApiProblem.badRequest("sort", "must be one of " + SORTABLE.keySet().stream().sorted().toList());
        }
        String direction = parts.length == 2 ? parts[1].strip() : "asc";
        if (!direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
            throw ApiProblem.badRequest("sort", "direction must be asc or desc");
        }
        Sort.Direction order = direction.equalsIgnoreCase("desc") ? Sort.Direction.DESC : Sort.Direction.ASC;
        return Sort.by(order, attribute).and(Sort.by("id"));
    }
}
