package io.tessera.kernel.web;

import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Validates paging parameters against a whitelist of sortable fields. */
public final class PageRequests {

    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 200;

    private PageRequests() {
    }

    /**
     * Builds a page request.
     *
     * @param page     zero-based page, {@code null} for 0
     * @param size     page size, {@code null} for 20
     * @param sort     {@code field} or {@code field,asc|desc}, {@code null} for the default
     * @param sortable API field name → entity attribute
     * @param fallback the default sort
     * @return the request
     * @throws ApiException 400 for out-of-range values or an unknown sort field
     */
    public static Pageable of(Integer page, Integer size, String sort, Map<String, String> sortable, Sort fallback) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw badRequest("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        Sort order = fallback;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", 2);
            String attribute = sortable.get(parts[0].strip());
            if (attribute == null) {
                throw badRequest("sort", "must be one of " + sortable.keySet());
            }
            boolean descending = parts.length == 2 && parts[1].strip().equalsIgnoreCase("desc");
            if (parts.length == 2 && !descending && !parts[1].strip().equalsIgnoreCase("asc")) {
                throw badRequest("sort", "direction must be asc or desc");
            }
            order = Sort.by(descending ? Sort.Direction.DESC : Sort.Direction.ASC, attribute).and(Sort.by("id"));
        }
        return PageRequest.of(p, s, order);
    }

    private static ApiException badRequest(String field, String message) {
        return new ApiException(org.springframework.http.HttpStatus.BAD_REQUEST, "Invalid paging: " + field + " " + message,
                java.util.List.of(new ApiException.FieldError(field, message)));
    }
}
