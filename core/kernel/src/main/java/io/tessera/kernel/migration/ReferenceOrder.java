package io.tessera.kernel.migration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Orders things that refer to each other (tables by their foreign keys, modules by their tables) referencing ones first. */
public final class ReferenceOrder {

    private ReferenceOrder() {
    }

    /**
     * A stable order in which every item comes before each item it refers to; items that do not depend on
     * each other keep their given order, and so do the items of a cycle (references to an item itself are
     * ignored).
     *
     * @param items      the items, in their preferred order
     * @param references what an item refers to (items outside {@code items} are ignored)
     * @param <T>        the item type
     * @return the items, referencing ones first
     */
    public static <T> List<T> referencingFirst(List<T> items, Function<T, ? extends Collection<T>> references) {
        Set<T> remaining = new LinkedHashSet<>(items);
        List<T> ordered = new ArrayList<>(items.size());
        while (!remaining.isEmpty()) {
            T next = remaining.stream().filter(candidate -> !referencedByAnyOf(candidate, remaining, references))
                    .findFirst().orElse(remaining.iterator().next());
            remaining.remove(next);
            ordered.add(next);
        }
        return List.copyOf(ordered);
    }

    private static <T> boolean referencedByAnyOf(T candidate, Set<T> others, Function<T, ? extends Collection<T>> references) {
        for (T other : others) {
            if (!other.equals(candidate) && references.apply(other).contains(candidate)) {
                return true;
            }
        }
        return false;
    }
}
