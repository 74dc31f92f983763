package io.tessera.ui.kit;

import java.util.List;

/**
 * Answers the shell's global search box with a module's records. The shell asks only providers of
 * modules enabled for the current tenant whose {@link #permission()} the user holds, in the
 * request's tenant scope, and shows their hits grouped by module.
 */
public interface SearchProvider {

    /**
     * The permission key a user needs for this provider to be asked, e.g. {@code pipeline.read}.
     *
     * @return the permission key
     */
    String permission();

    /**
     * Finds records matching the text the user typed. Must run one bounded query (use
     * {@code limit}), never load more.
     *
     * @param query the trimmed text, at least two characters
     * @param limit the maximum number of hits to return, at least 1
     * @return at most {@code limit} hits, best first
     */
    List<SearchHit> search(String query, int limit);
}
