package io.tessera.plugins.purchasing.replenish;

import java.util.List;
import java.util.Optional;

/** {@link SuggestionSource} on a server without the inventory plugin. */
class NoSuggestions implements SuggestionSource {

    @Override
    public Optional<List<Suggestion>> suggestions() {
        return Optional.empty();
    }
}
